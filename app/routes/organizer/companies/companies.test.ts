/**
 * The verification queue's loaders and actions on a slice of the demo fair: only organizers,
 * validated queries and ids, decisions audited and mailed, a suspension closing published jobs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import {
  call,
  createOrganizerSession,
  createRecruiter,
  createStudent,
  createTestCompany,
  errorCodes,
  formOf,
  rowCounts,
} from "~/routes/company/test-helpers.server";
import { seedSmallDemo } from "../../../../scripts/test/demo";
import * as detail from "./detail";
import * as queue from "./index";

let organizer: Awaited<ReturnType<typeof createOrganizerSession>>;

beforeAll(async () => {
  await seedSmallDemo();
  organizer = await createOrganizerSession();
}, 180_000);

async function queuedSyncs(jobIds: string[]): Promise<number> {
  const keys = jobIds.map((id) => `search:sync-job:${id}`);
  const [row] = await prisma.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM graphile_worker.jobs WHERE key = ANY(${keys})`;
  return Number(row!.count);
}

describe("who may open the queue", () => {
  it("sends anonymous visitors to log in and answers 403 to students and company members", async () => {
    const { companyId, cookie: owner } = await createTestCompany();
    const recruiter = await createRecruiter(companyId);
    const student = await createStudent();
    const params = { companyId };
    const list = "/organizer/companies";
    const page = `/organizer/companies/${companyId}`;
    expect((await call(queue.loader, { url: list })).status).toBe(302);
    for (const cookie of [owner, recruiter.cookie, student.cookie]) {
      expect((await call(queue.loader, { url: list, cookie })).status).toBe(403);
      expect((await call(detail.loader, { url: page, cookie, params })).status).toBe(403);
      const before = await rowCounts();
      const answer = await call(detail.action, { url: page, cookie, params, form: formOf({ intent: "approve" }) });
      expect(answer.status).toBe(403);
      expect(await rowCounts()).toEqual(before);
    }
    expect((await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).verificationStatus).toBe("PENDING");
  });
});

describe("the queue", () => {
  it("lists pending companies first, and filters by status and by name or credit code", async () => {
    const { companyId } = await createTestCompany({ company: { nameEn: "Queue Test Trading Ltd" } });
    const all = await call(queue.loader, { url: "/organizer/companies", cookie: organizer.cookie });
    expect(all.status).toBe(200);
    const data = all.data as {
      companies: { id: string; verificationStatus: string }[];
      counts: Record<string, number>;
    };
    const order = ["PENDING", "VERIFIED", "REJECTED", "SUSPENDED"];
    const ranks = data.companies.map((c) => order.indexOf(c.verificationStatus));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks[0]).toBe(0);
    expect(data.counts.VERIFIED).toBeGreaterThan(0);

    const found = await call(queue.loader, {
      url: "/organizer/companies?status=PENDING&q=queue+test",
      cookie: organizer.cookie,
    });
    expect((found.data as { companies: { id: string }[] }).companies.map((c) => c.id)).toEqual([companyId]);
  });

  it("answers 400 to a query it does not understand", async () => {
    for (const query of ["status=APPROVED", "page=0", "page=abc", `q=${"x".repeat(101)}`]) {
      const answer = await call(queue.loader, { url: `/organizer/companies?${query}`, cookie: organizer.cookie });
      expect(answer.status, query).toBe(400);
    }
  });
});

describe("a company's page", () => {
  it("shows what the company entered with its credit code taken apart, and 404 for unknown ids", async () => {
    const { companyId } = await createTestCompany();
    const answer = await call(detail.loader, {
      url: `/organizer/companies/${companyId}`,
      cookie: organizer.cookie,
      params: { companyId },
    });
    expect(answer.status).toBe(200);
    expect(answer.data).toMatchObject({
      company: { id: companyId, status: "PENDING" },
      credit: {
        ok: true,
        authority: { nameEn: "Market regulation" },
        typeKey: "91",
        divisionCode: "330108",
        registered: { city: "hangzhou", district: "binjiang" },
        mismatch: false,
      },
      members: [expect.objectContaining({ role: "OWNER", emailVerified: true })],
      actions: ["approve", "reject"],
    });
    for (const id of ["cnosuchcompany0000000000", "../../etc/passwd"]) {
      const missing = await call(detail.loader, {
        url: `/organizer/companies/${encodeURIComponent(id)}`,
        cookie: organizer.cookie,
        params: { companyId: id },
      });
      expect(missing.status, id).toBe(404);
    }
  });

  it("approves: audit row, mail to the owner, a flash, and the owner's dashboard says verified", async () => {
    const { companyId, ownerEmail } = await createTestCompany();
    const answer = await call(detail.action, {
      url: `/organizer/companies/${companyId}`,
      cookie: organizer.cookie,
      params: { companyId },
      form: formOf({ intent: "approve" }),
    });
    expect(answer.status).toBe(302);
    expect(answer.headers.get("Location")).toBe(`/organizer/companies/${companyId}`);
    expect(answer.headers.get("Set-Cookie")).toContain("__flash=");
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "VERIFIED",
      reviewedById: organizer.userId,
      verifiedAt: expect.any(Date),
    });
    expect(await prisma.auditLog.findFirst({ where: { subjectId: companyId } })).toMatchObject({
      actorId: organizer.userId,
      action: "company.approve",
      ip: "203.0.113.1",
    });
    const mail = await prisma.outgoingMail.findFirstOrThrow({
      where: { to: ownerEmail },
      orderBy: { createdAt: "desc" },
    });
    expect(mail.subject).toBe("Hangzhou Lanhai Trading Co., Ltd. is verified on E-Landing");
  });

  it("refuses a rejection or suspension without a reason (400), an unknown intent, and a stale decision (409)", async () => {
    const { companyId } = await createTestCompany();
    const args = { url: `/organizer/companies/${companyId}`, cookie: organizer.cookie, params: { companyId } };
    const before = await rowCounts();
    const noReason = await call(detail.action, { ...args, form: formOf({ intent: "reject", reason: "   " }) });
    expect(noReason.status).toBe(400);
    expect(errorCodes(noReason)).toEqual({ reason: ["required"] });
    const tooLong = await call(detail.action, {
      ...args,
      form: formOf({ intent: "reject", reason: "x".repeat(1001) }),
    });
    expect(errorCodes(tooLong)).toEqual({ reason: ["too_big"] });
    expect((await call(detail.action, { ...args, form: formOf({ intent: "delete" }) })).status).toBe(400);
    // A pending company cannot be suspended (it is rejected instead): nothing happens.
    const stale = await call(detail.action, { ...args, form: formOf({ intent: "suspend", reason: "Fake" }) });
    expect(stale.status).toBe(409);
    expect(errorCodes(stale)).toEqual({ form: ["company.errors.statusChanged"] });
    expect(await rowCounts()).toEqual(before);
    expect((await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).verificationStatus).toBe("PENDING");

    const rejected = await call(detail.action, {
      ...args,
      form: formOf({ intent: "reject", reason: "The licence shows another name." }),
    });
    expect(rejected.status).toBe(302);
    expect(await prisma.company.findUniqueOrThrow({ where: { id: companyId } })).toMatchObject({
      verificationStatus: "REJECTED",
      reviewNote: "The licence shows another name.",
    });
  });

  it("suspends a verified company: its published jobs are closed and leave search; audit row and mail", async () => {
    const company = await prisma.company.findFirstOrThrow({
      where: { verificationStatus: "VERIFIED", jobs: { some: { status: "PUBLISHED" } } },
      select: { id: true, jobs: { where: { status: "PUBLISHED" }, select: { id: true } } },
    });
    const owner = await prisma.user.create({
      data: {
        email: "seeded-owner@example.cn",
        passwordHash: "x",
        locale: "en",
        privacyVersion: "test",
        privacyAcceptedAt: new Date(),
        membership: { create: { companyId: company.id, role: "OWNER" } },
      },
    });
    const published = company.jobs.map((j) => j.id);
    expect(published.length).toBeGreaterThan(0);

    const answer = await call(detail.action, {
      url: `/organizer/companies/${company.id}`,
      cookie: organizer.cookie,
      params: { companyId: company.id },
      form: formOf({ intent: "suspend", reason: "Asked students to pay a training fee." }),
    });
    expect(answer.status).toBe(302);
    expect(await prisma.job.count({ where: { companyId: company.id, status: "PUBLISHED" } })).toBe(0);
    expect(
      await prisma.job.count({ where: { id: { in: published }, status: "CLOSED", closedAt: { not: null } } }),
    ).toBe(published.length);
    expect(await queuedSyncs(published)).toBe(published.length);
    expect(await prisma.auditLog.findFirst({ where: { subjectId: company.id } })).toMatchObject({
      action: "company.suspend",
      details: { from: "VERIFIED", to: "SUSPENDED", reason: "Asked students to pay a training fee." },
    });
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: owner.email } });
    expect(mail.subject).toMatch(/is suspended$/);
    expect(mail.text).toContain("Asked students to pay a training fee.");

    // The page offers to reinstate it, and nothing publishes its jobs again by itself.
    const page = await call(detail.loader, {
      url: `/organizer/companies/${company.id}`,
      cookie: organizer.cookie,
      params: { companyId: company.id },
    });
    expect(page.data).toMatchObject({ actions: ["reinstate"], jobCounts: { PUBLISHED: 0 } });
    const reinstated = await call(detail.action, {
      url: `/organizer/companies/${company.id}`,
      cookie: organizer.cookie,
      params: { companyId: company.id },
      form: formOf({ intent: "reinstate" }),
    });
    expect(reinstated.status).toBe(302);
    expect(await prisma.job.count({ where: { companyId: company.id, status: "PUBLISHED" } })).toBe(0);
  });
});
