/**
 * The privacy page's actions and the data export, called as Remix calls them: versioned consents
 * with their history, "download my data" with everything in it, and account deletion that leaves
 * no personal data behind.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { CONSENT_VERSIONS, PRIVACY_VERSION } from "~/data/privacy";
import { prisma } from "~/db.server";
import { syncCandidateKey } from "~/queue/tasks";
import { action as privacyAction, loader as privacyLoader } from "./privacy/index";
import { loader as exportLoader } from "./privacy/export";
import {
  CONTEXT,
  PASSWORD,
  createStudent,
  formOf,
  get,
  pdfFile,
  post,
  run,
  saveStep,
  seedProfileCatalogue,
  type TestStudent,
} from "./test-helpers.server";

beforeAll(() => seedProfileCatalogue(), 120_000);

function privacy(student: TestStudent, fields: Record<string, string>) {
  return run(() =>
    privacyAction({ request: post("/student/privacy", student.cookie, formOf(fields)), params: {}, context: CONTEXT }),
  );
}

function consents(userId: string) {
  return prisma.consent.findMany({ where: { userId }, orderBy: { createdAt: "asc" } });
}

describe("consents", () => {
  it("records each consent with its version; giving twice keeps one row; withdrawing keeps the history", async () => {
    const student = await createStudent();
    const given = await privacy(student, { intent: "consent.give", purpose: "DISCOVERABLE" });
    expect(given.status).toBe(302);
    expect(given.location).toBe("/student/privacy");
    await privacy(student, { intent: "consent.give", purpose: "DISCOVERABLE" });
    expect(await consents(student.userId)).toMatchObject([
      { purpose: "DISCOVERABLE", version: CONSENT_VERSIONS.DISCOVERABLE, withdrawnAt: null },
    ]);

    await privacy(student, { intent: "consent.withdraw", purpose: "DISCOVERABLE" });
    await privacy(student, { intent: "consent.give", purpose: "DISCOVERABLE" });
    await privacy(student, { intent: "consent.give", purpose: "SHARE_ON_APPLY" });
    const rows = await consents(student.userId);
    expect(rows.map((row) => [row.purpose, row.withdrawnAt === null])).toEqual([
      ["DISCOVERABLE", false],
      ["DISCOVERABLE", true],
      ["SHARE_ON_APPLY", true],
    ]);
    // Every DISCOVERABLE change asks the sync to bring the index in line.
    const [job] = await prisma.$queryRaw<{ key: string }[]>`
      SELECT key FROM graphile_worker.jobs WHERE key = ${syncCandidateKey(student.profileId)}`;
    expect(job).toBeDefined();

    const page = await run(() =>
      privacyLoader({ request: get("/student/privacy", student.cookie), params: {}, context: CONTEXT }),
    );
    expect(page.data).toMatchObject({
      statuses: [
        { purpose: "DISCOVERABLE", granted: true },
        { purpose: "SHARE_ON_APPLY", granted: true },
      ],
    });
  });

  it("asks again for a consent given to an older version, replacing it in the history", async () => {
    const student = await createStudent();
    await prisma.consent.create({
      data: {
        userId: student.userId,
        purpose: "SHARE_ON_APPLY",
        version: "2020-01-01",
        givenAt: new Date("2020-01-01"),
      },
    });
    const before = await run(() =>
      privacyLoader({ request: get("/student/privacy", student.cookie), params: {}, context: CONTEXT }),
    );
    expect(before.data).toMatchObject({
      statuses: [{ granted: false }, { purpose: "SHARE_ON_APPLY", granted: false, active: { version: "2020-01-01" } }],
    });
    await privacy(student, { intent: "consent.give", purpose: "SHARE_ON_APPLY" });
    const rows = await consents(student.userId);
    expect(rows.map((row) => [row.version, row.withdrawnAt === null])).toEqual([
      ["2020-01-01", false],
      [CONSENT_VERSIONS.SHARE_ON_APPLY, true],
    ]);
  });

  it("records acceptance of a newer privacy notice", async () => {
    const student = await createStudent();
    await prisma.user.update({ where: { id: student.userId }, data: { privacyVersion: "2020-01-01" } });
    await privacy(student, { intent: "privacy.accept" });
    expect(await prisma.user.findUniqueOrThrow({ where: { id: student.userId } })).toMatchObject({
      privacyVersion: PRIVACY_VERSION,
    });
  });

  it("refuses an unknown purpose with 400 and changes nothing", async () => {
    const student = await createStudent();
    const answer = await privacy(student, { intent: "consent.give", purpose: "MARKETING" });
    expect(answer.status).toBe(400);
    expect(await consents(student.userId)).toEqual([]);
  });
});

async function buildProfile(student: TestStudent) {
  await saveStep(student, "personal", {
    intent: "personal",
    fullNameZh: "赵敏",
    fullNameEn: "Zhao Min",
    phone: "13600001234",
  });
  await saveStep(student, "skills", { intent: "skill.save", skillKey: "excel", level: "2" });
  await saveStep(student, "experience", {
    intent: "experience.add",
    kind: "PROJECT",
    organisation: "课程项目",
    role: "组长",
    startDate: "2025-03",
  });
  await saveStep(student, "resume", { intent: "resume.upload" }, { resume: pdfFile("zhao-min.pdf") });
}

describe("download my data", () => {
  it("holds the account, every section, consents, sessions without token hashes, mail without live links, and the résumé", async () => {
    const student = await createStudent();
    await buildProfile(student);
    await privacy(student, { intent: "consent.give", purpose: "DISCOVERABLE" });
    const answer = await run(() =>
      exportLoader({ request: get("/student/privacy/export", student.cookie), params: {}, context: CONTEXT }),
    );
    expect(answer.status).toBe(200);
    expect(answer.response!.headers.get("Content-Disposition")).toMatch(/^attachment; filename="e-landing-data-/);
    const text = await answer.response!.text();
    const exported = JSON.parse(text);
    expect(exported).toMatchObject({
      formatVersion: 1,
      account: { email: student.email, privacyVersion: PRIVACY_VERSION },
      profile: {
        fullNameEn: "Zhao Min",
        phone: "13600001234",
        skills: [{ level: 2, skill: { key: "excel" } }],
        experiences: [{ organisation: "课程项目" }],
      },
      consents: [{ purpose: "DISCOVERABLE", version: CONSENT_VERSIONS.DISCOVERABLE }],
      resume: { fileName: "zhao-min.pdf", contentType: "application/pdf" },
    });
    expect(exported.sessions).toHaveLength(1);
    expect(Buffer.from(exported.resume.base64, "base64").subarray(0, 5).toString()).toBe("%PDF-");
    // The sign-up mail is there, its one-time link blanked; no hash of any secret is.
    expect(exported.mails[0].text).toContain("token=REMOVED");
    expect(text).not.toMatch(/tokenHash|passwordHash|\$argon2/);
  });
});

describe("delete my account", () => {
  it("asks for the password and the confirmation, and changes nothing without them", async () => {
    const student = await createStudent();
    const wrong = await privacy(student, { intent: "account.delete", password: "not my password", confirm: "on" });
    expect(wrong.status).toBe(400);
    expect(wrong.data?.errors?.password?.[0]?.code).toBe("profile.errors.wrongPassword");
    const unconfirmed = await privacy(student, { intent: "account.delete", password: PASSWORD });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.data?.errors?.confirm?.[0]?.code).toBe("must_accept");
    expect(await prisma.user.count({ where: { id: student.userId } })).toBe(1);
  });

  it("removes the personal data, ends the session, says goodbye on the home page and keeps only an anonymous count", async () => {
    const student = await createStudent();
    await buildProfile(student);
    await saveStep(student, "education", {
      intent: "education",
      collegeKey: "test-college",
      majorKey: "cbec",
      graduationYear: "2026",
    });
    await privacy(student, { intent: "consent.give", purpose: "DISCOVERABLE" });
    const { resumeId } = await prisma.studentProfile.findUniqueOrThrow({ where: { id: student.profileId } });

    const answer = await privacy(student, { intent: "account.delete", password: PASSWORD, confirm: "on" });
    expect(answer.status).toBe(302);
    expect(answer.location).toBe("/");
    const cookies = answer.response!.headers.getSetCookie();
    expect(cookies.some((cookie) => cookie.startsWith("__session=;"))).toBe(true);
    expect(cookies.some((cookie) => cookie.startsWith("__flash="))).toBe(true);

    expect(await prisma.user.count({ where: { id: student.userId } })).toBe(0);
    expect(await prisma.studentProfile.count({ where: { id: student.profileId } })).toBe(0);
    expect(await prisma.studentSkill.count({ where: { profileId: student.profileId } })).toBe(0);
    expect(await prisma.experience.count({ where: { profileId: student.profileId } })).toBe(0);
    expect(await prisma.consent.count({ where: { userId: student.userId } })).toBe(0);
    expect(await prisma.session.count({ where: { userId: student.userId } })).toBe(0);
    expect(await prisma.storedFile.count({ where: { id: resumeId! } })).toBe(0);
    expect(await prisma.outgoingMail.count({ where: { to: student.email } })).toBe(0);
    expect(await prisma.emailToken.count({ where: { email: student.email } })).toBe(0);

    const kept = await prisma.auditLog.findMany({ where: { subjectId: student.profileId } });
    expect(kept).toMatchObject([
      {
        actorId: null,
        action: "student.account_deleted",
        details: { collegeKey: "test-college", majorKey: "cbec", graduationYear: 2026 },
      },
    ]);
    expect(JSON.stringify(kept)).not.toMatch(/Zhao|赵敏|13600001234|@example\.cn/);
    // The candidate document goes through the sync, enqueued in the same transaction.
    const [job] = await prisma.$queryRaw<{ key: string }[]>`
      SELECT key FROM graphile_worker.jobs WHERE key = ${syncCandidateKey(student.profileId)}`;
    expect(job).toBeDefined();
  });

  it("limits password attempts", async () => {
    const student = await createStudent();
    for (let i = 0; i < 5; i++) await privacy(student, { intent: "account.delete", password: "guess", confirm: "on" });
    const sixth = await privacy(student, { intent: "account.delete", password: PASSWORD, confirm: "on" });
    expect(sixth.status).toBe(429);
    expect(await prisma.user.count({ where: { id: student.userId } })).toBe(1);
  });
});
