/**
 * Profiles against the real database: every section saved through the model, catalogue references
 * checked, limits held, the candidate sync enqueued with each change, and nothing changed when a
 * change is refused.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { syncCandidateKey } from "~/queue/tasks";
import { createStudent, pdfFile, seedProfileCatalogue } from "~/routes/student/test-helpers.server";
import { checkUpload } from "./files.server";
import { STEP_SCHEMAS } from "./profile-forms";
import { PROFILE_LIMITS } from "./profile-steps";
import {
  applyProfileChange,
  completenessOf,
  getStudentProfile,
  loadCandidateView,
  replaceResume,
  serveResume,
  toCandidateView,
} from "./profile.server";

beforeAll(() => seedProfileCatalogue(), 120_000);

/** Parses like the form would, so the tests exercise the same input types. */
function change<S extends keyof typeof STEP_SCHEMAS>(step: S, input: Record<string, unknown>) {
  return STEP_SCHEMAS[step].parse(input);
}

async function pendingSync(profileId: string) {
  const rows = await prisma.$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM graphile_worker.jobs WHERE key = ${syncCandidateKey(profileId)}`;
  return Number(rows[0]?.n ?? 0);
}

async function upload() {
  const checked = await checkUpload(pdfFile(), { allowed: ["application/pdf"], maxBytes: 5 * 1024 * 1024 });
  if (!checked.ok) throw new Error(checked.problem);
  return checked;
}

describe("profile sections", () => {
  it("saves every section and reaches 100% completeness, enqueuing one coalesced candidate sync", async () => {
    const { profileId } = await createStudent();
    const family = await prisma.talentFamily.findFirstOrThrow({ orderBy: { sortOrder: "asc" } });
    const unit = await prisma.abilityUnit.findFirstOrThrow({ orderBy: { key: "asc" } });
    const skills = await prisma.skill.findMany({ take: 3, orderBy: { key: "asc" } });
    const changes = [
      change("personal", {
        intent: "personal",
        fullNameZh: "李明",
        fullNameEn: "Li Ming",
        phone: "138 0013 8000",
        city: "hangzhou",
      }),
      change("about", {
        intent: "about",
        headlineZh: "熟悉亚马逊运营的应届生",
        headlineEn: "Graduate with Amazon experience",
        summaryZh: "在校期间运营速卖通店铺。",
        summaryEn: "Ran an AliExpress shop at college.",
      }),
      change("education", {
        intent: "education",
        collegeKey: "test-college",
        majorKey: "cbec",
        degree: "ASSOCIATE",
        graduationYear: "2026",
      }),
      ...skills.map((skill, i) =>
        change("skills", { intent: "skill.save", skillKey: skill.key, level: String((i % 3) + 1), evidence: "COURSE" }),
      ),
      change("abilities", { intent: "ability.save", abilityUnitKey: unit.key, level: "2", evidence: "INTERNSHIP" }),
      change("languages", { intent: "language.save", languageKey: "en", levelKey: "en-cet-6" }),
      change("marketplaces", { intent: "marketplaces", marketplaceKeys: ["amazon", "aliexpress"] }),
      change("awards", { intent: "certification.add", kind: "AWARD", name: "跨境电商大赛二等奖", year: "2025" }),
      change("experience", {
        intent: "experience.add",
        kind: "OWN_SHOP",
        organisation: "My AliExpress shop",
        role: "Owner",
        startDate: "2024-09",
      }),
      change("portfolio", { intent: "portfolio.add", url: "https://shop.example.com/li" }),
      change("preferences", {
        intent: "preferences",
        desiredFamilies: [family.key],
        desiredCities: ["hangzhou"],
        desiredSalaryMin: "6000",
        availableFrom: "2026-07-01",
      }),
    ];
    for (const input of changes) expect(await applyProfileChange(profileId, input)).toEqual({ ok: true });
    expect(await replaceResume(profileId, await upload())).toEqual({ ok: true });

    const profile = (await getStudentProfile(profileId))!;
    expect(profile).toMatchObject({
      phone: "13800138000",
      graduationYear: 2026,
      college: { key: "test-college" },
      major: { key: "cbec" },
      portfolioLinks: ["https://shop.example.com/li"],
    });
    expect(profile.languages[0]?.level.key).toBe("en-cet-6");
    expect(completenessOf(profile).percent).toBe(100);
    // One pending sync per profile however many changes (graphile-worker job keys).
    expect(await pendingSync(profileId)).toBe(1);
  });

  it("updates a skill in place when it is saved again", async () => {
    const { profileId } = await createStudent();
    await applyProfileChange(profileId, change("skills", { intent: "skill.save", skillKey: "excel", level: "1" }));
    await applyProfileChange(
      profileId,
      change("skills", { intent: "skill.save", skillKey: "excel", level: "3", evidence: "CERTIFICATE" }),
    );
    const skills = await prisma.studentSkill.findMany({ where: { profileId } });
    expect(skills).toHaveLength(1);
    expect(skills[0]).toMatchObject({ level: 3, evidence: "CERTIFICATE" });
  });

  it("refuses unknown catalogue keys and mismatched pairs with a 400 and changes nothing", async () => {
    const { profileId } = await createStudent();
    const before = await prisma.studentProfile.findUniqueOrThrow({ where: { id: profileId } });
    const refusals = [
      [change("education", { intent: "education", collegeKey: "no-such-college" }), "collegeKey", "invalid_value"],
      [
        change("education", { intent: "education", collegeKey: "other-college", majorKey: "not-there" }),
        "majorKey",
        "profile.errors.majorNotOfCollege",
      ],
      [change("skills", { intent: "skill.save", skillKey: "no-such-skill", level: "2" }), "skillKey", "invalid_value"],
      [
        change("languages", { intent: "language.save", languageKey: "en", levelKey: "ja-jlpt-n2" }),
        "levelKey",
        "profile.errors.levelNotOfLanguage",
      ],
      [
        change("marketplaces", { intent: "marketplaces", marketplaceKeys: ["amazon", "mars-mall"] }),
        "marketplaceKeys",
        "invalid_value",
      ],
      [
        change("preferences", { intent: "preferences", desiredFamilies: ["astronauts"] }),
        "desiredFamilies",
        "invalid_value",
      ],
    ] as const;
    for (const [input, field, code] of refusals) {
      expect(await applyProfileChange(profileId, input)).toEqual({
        ok: false,
        status: 400,
        errors: { [field]: [{ code }] },
      });
    }
    const after = await prisma.studentProfile.findUniqueOrThrow({ where: { id: profileId } });
    expect(after).toEqual(before);
    expect(await prisma.studentMarketplace.count({ where: { profileId } })).toBe(0);
    expect(await pendingSync(profileId)).toBe(0);
  });

  it("holds the limits: no more than the maximum of a list", async () => {
    const { profileId } = await createStudent();
    const links = Array.from({ length: PROFILE_LIMITS.portfolioLinks }, (_, i) => `https://example.com/work/${i}`);
    await prisma.studentProfile.update({ where: { id: profileId }, data: { portfolioLinks: links } });
    expect(
      await applyProfileChange(
        profileId,
        change("portfolio", { intent: "portfolio.add", url: "https://example.com/one-more" }),
      ),
    ).toEqual({
      ok: false,
      status: 400,
      errors: { url: [{ code: "profile.errors.tooMany", params: { max: PROFILE_LIMITS.portfolioLinks } }] },
    });
    // Adding a link that is already there changes nothing and is fine.
    expect(
      await applyProfileChange(profileId, change("portfolio", { intent: "portfolio.add", url: links[0] })),
    ).toEqual({ ok: true });
  });

  it("answers 404 for a row of another student, and leaves that row alone", async () => {
    const a = await createStudent("a");
    const b = await createStudent("b");
    await applyProfileChange(
      a.profileId,
      change("experience", {
        intent: "experience.add",
        kind: "JOB",
        organisation: "A Co.",
        role: "Clerk",
        startDate: "2024-01",
      }),
    );
    const experience = await prisma.experience.findFirstOrThrow({ where: { profileId: a.profileId } });
    expect(await applyProfileChange(b.profileId, { intent: "experience.remove", id: experience.id })).toEqual({
      ok: false,
      status: 404,
    });
    expect(await prisma.experience.count({ where: { id: experience.id } })).toBe(1);
    expect(await applyProfileChange(a.profileId, { intent: "experience.remove", id: experience.id })).toEqual({
      ok: true,
    });
    expect(await prisma.experience.count({ where: { id: experience.id } })).toBe(0);
  });
});

describe("résumé", () => {
  it("replaces the old file when a new one is uploaded, and deletes it when removed", async () => {
    const { profileId } = await createStudent();
    await replaceResume(profileId, await upload());
    const first = (await prisma.studentProfile.findUniqueOrThrow({ where: { id: profileId } })).resumeId!;
    await replaceResume(profileId, await upload());
    const second = (await prisma.studentProfile.findUniqueOrThrow({ where: { id: profileId } })).resumeId!;
    expect(second).not.toBe(first);
    expect(await prisma.storedFile.count({ where: { id: first } })).toBe(0);
    expect(await applyProfileChange(profileId, { intent: "resume.remove" })).toEqual({ ok: true });
    expect(await prisma.storedFile.count({ where: { id: second } })).toBe(0);
    expect(await applyProfileChange(profileId, { intent: "resume.remove" })).toEqual({ ok: false, status: 404 });
  });

  it("serves it to the student unaudited, and audits every fetch by anyone else", async () => {
    const student = await createStudent();
    const other = await createStudent("recruiter-stand-in");
    await replaceResume(student.profileId, await upload());
    const own = await serveResume(student.profileId, { userId: student.userId });
    expect(own?.headers.get("Content-Type")).toBe("application/pdf");
    expect(own?.headers.get("Content-Disposition")).toMatch(/^attachment/);
    expect((await own!.text()).startsWith("%PDF-")).toBe(true);
    expect(await prisma.auditLog.count({ where: { subjectId: student.profileId } })).toBe(0);

    await serveResume(student.profileId, { userId: other.userId, ip: "198.51.100.4", reason: "application:test" });
    expect(await prisma.auditLog.findMany({ where: { subjectId: student.profileId } })).toMatchObject([
      { actorId: other.userId, action: "resume.download", subjectType: "StudentProfile", ip: "198.51.100.4" },
    ]);
    expect(await serveResume(other.profileId, { userId: other.userId })).toBeNull(); // none uploaded
  });
});

describe("candidate views", () => {
  it("leave contact details and the résumé out of the search view, and audit the application view by others", async () => {
    const student = await createStudent();
    const viewer = await createStudent("viewer");
    await applyProfileChange(
      student.profileId,
      change("personal", { intent: "personal", fullNameZh: "王芳", fullNameEn: "Wang Fang", phone: "13900139000" }),
    );
    await replaceResume(student.profileId, await upload());
    const profile = (await getStudentProfile(student.profileId))!;
    const options = { families: [], resumeHref: "/r" };

    const search = toCandidateView(profile, "search", options);
    expect(search.contact).toBeNull();
    expect(search.resume).toBeNull();
    expect(JSON.stringify(search)).not.toContain("13900139000");
    expect(JSON.stringify(search)).not.toContain(student.email);

    const application = toCandidateView(profile, "application", options);
    expect(application.contact).toEqual({ email: student.email, phone: "13900139000" });
    expect(application.resume).toMatchObject({ fileName: "resume.pdf", href: "/r" });

    await loadCandidateView(student.profileId, "application", { viewer: { userId: student.userId }, resumeHref: "/r" });
    expect(await prisma.auditLog.count({ where: { subjectId: student.profileId } })).toBe(0);
    await loadCandidateView(student.profileId, "application", { viewer: { userId: viewer.userId }, resumeHref: "/r" });
    expect(await prisma.auditLog.count({ where: { subjectId: student.profileId, action: "contact.view" } })).toBe(1);
  });
});
