/**
 * Posting against the real database: what each model function writes, that every change enqueues
 * the job's search sync in its own transaction, the publishing rules, and that a company only
 * ever reaches its own jobs.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createCompanyAccount, type CompanyAccount } from "../../e2e/helpers/companies";
import { seedSmallDemo } from "../../scripts/test/demo";
import { sampleFields } from "./job.test-fixtures";
import {
  closeJob,
  createJob,
  duplicateJob,
  getCompanyJob,
  jobFieldsOf,
  publishJob,
  reopenJob,
  updateJob,
  type JobOwner,
} from "./job.server";

let verified: CompanyAccount;
let pending: CompanyAccount;
let other: CompanyAccount;
const owner = (account: CompanyAccount): JobOwner => ({ companyId: account.companyId, userId: account.userId });

async function syncQueued(jobId: string): Promise<boolean> {
  const rows = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key = ${`search:sync-job:${jobId}`}`;
  return (rows[0]?.n ?? 0) > 0;
}

async function clearQueue() {
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
}

beforeAll(async () => {
  await seedSmallDemo();
  verified = await createCompanyAccount(prisma, { email: "owner@verified.example" });
  pending = await createCompanyAccount(prisma, { email: "owner@pending.example", status: "PENDING" });
  other = await createCompanyAccount(prisma, { email: "owner@other.example" });
}, 180_000);

describe("createJob", () => {
  it("writes a draft with its relations, the role's level, the district's coordinates and the author", async () => {
    const outcome = await createJob(owner(verified), sampleFields());
    expect(outcome).toMatchObject({ ok: true, status: "DRAFT" });
    if (!outcome.ok) return;
    const job = await prisma.job.findUniqueOrThrow({
      where: { id: outcome.id },
      include: { skills: true, languages: true, marketplaces: true, sessions: true, role: true },
    });
    expect(job).toMatchObject({
      companyId: verified.companyId,
      createdById: verified.userId,
      level: job.role.level,
      latitude: 30.2773,
      longitude: 120.002,
      datePosted: null,
      salaryCurrency: "CNY",
    });
    expect(job.validThrough!.toISOString()).toBe(`${sampleFields().validThrough}T15:59:59.000Z`);
    expect(job.skills.map((s) => [s.required, s.level]).sort()).toEqual([
      [false, 1],
      [true, 2],
    ]);
    expect(job.languages).toHaveLength(1);
    expect(job.marketplaces).toHaveLength(1);
    expect(job.sessions).toHaveLength(1);
    expect(await syncQueued(job.id)).toBe(true);
    // Read back as form fields, it is what was written.
    expect(jobFieldsOf((await getCompanyJob(verified.companyId, job.id))!)).toEqual(sampleFields());
  });

  it("publishes at once when asked, with datePosted; a pending company cannot, and nothing is written", async () => {
    const now = new Date();
    const published = await createJob(owner(verified), sampleFields(), { publish: true, now });
    expect(published).toMatchObject({ ok: true, status: "PUBLISHED" });
    if (published.ok) {
      expect((await prisma.job.findUniqueOrThrow({ where: { id: published.id } })).datePosted).toEqual(now);
    }
    const before = await prisma.job.count({ where: { companyId: pending.companyId } });
    expect(await createJob(owner(pending), sampleFields(), { publish: true })).toEqual({
      ok: false,
      problem: "not-verified",
    });
    expect(await prisma.job.count({ where: { companyId: pending.companyId } })).toBe(before);
  });

  it("keeps a draft with forbidden wording, but will not publish it", async () => {
    const fields = sampleFields({ descriptionZh: "限女性，35岁以下，入职需交培训费 2000 元，形象气质佳。" });
    const draft = await createJob(owner(verified), fields);
    expect(draft.ok).toBe(true);
    const refused = await createJob(owner(verified), fields, { publish: true });
    expect(refused).toMatchObject({ ok: false, problem: "wording" });
    if (!refused.ok) {
      expect(refused.wording!.descriptionZh!.map((f) => f.category)).toEqual(["gender", "age", "fees"]);
    }
    if (draft.ok) expect(await publishJob(owner(verified), draft.id)).toMatchObject({ ok: false, problem: "wording" });
  });
});

describe("the life of a job", () => {
  it("draft → published → closed → draft → published keeps the first datePosted; each step enqueues a sync", async () => {
    const created = await createJob(owner(verified), sampleFields());
    if (!created.ok) throw new Error("not created");
    const id = created.id;
    const first = new Date("2026-11-01T02:00:00Z");

    await clearQueue();
    expect(await publishJob(owner(verified), id, { now: first })).toEqual({ ok: true, id, status: "PUBLISHED" });
    expect(await syncQueued(id)).toBe(true);
    expect(await publishJob(owner(verified), id)).toEqual({ ok: true, id, status: "PUBLISHED" }); // nothing to do

    await clearQueue();
    expect(await closeJob(id, new Date(), owner(verified))).toEqual({ ok: true, id, status: "CLOSED" });
    expect(await syncQueued(id)).toBe(true);
    expect(await closeJob(id, new Date(), owner(verified))).toEqual({ ok: false, problem: "wrong-status" });
    expect(await publishJob(owner(verified), id)).toEqual({ ok: false, problem: "wrong-status" });
    expect(await updateJob(owner(verified), id, sampleFields())).toEqual({ ok: false, problem: "wrong-status" });

    await clearQueue();
    expect(await reopenJob(owner(verified), id)).toEqual({ ok: true, id, status: "DRAFT" });
    expect(await syncQueued(id)).toBe(true);
    const reopened = await prisma.job.findUniqueOrThrow({ where: { id } });
    expect(reopened.closedAt).toBeNull();

    expect(await publishJob(owner(verified), id, { now: new Date() })).toMatchObject({ ok: true });
    expect((await prisma.job.findUniqueOrThrow({ where: { id } })).datePosted).toEqual(first);
  });

  it("updates a draft's fields and replaces its relations", async () => {
    const created = await createJob(owner(verified), sampleFields());
    if (!created.ok) throw new Error("not created");
    const changed = sampleFields({
      titleEn: "Live commerce assistant",
      requiredSkills: [{ key: "live-selling", level: 3 }],
      preferredSkills: [],
      marketplaces: ["shopee", "tiktok-shop"], // read back in key order
      sessions: [],
    });
    await clearQueue();
    expect(await updateJob(owner(verified), created.id, changed)).toMatchObject({ ok: true, status: "DRAFT" });
    expect(await syncQueued(created.id)).toBe(true);
    expect(jobFieldsOf((await getCompanyJob(verified.companyId, created.id))!)).toEqual(changed);
  });

  it("refuses new forbidden wording on a published job, leaving the live text as it was", async () => {
    const created = await createJob(owner(verified), sampleFields(), { publish: true });
    if (!created.ok) throw new Error("not created");
    const outcome = await updateJob(owner(verified), created.id, sampleFields({ titleZh: "直播运营（限男性）" }));
    expect(outcome).toMatchObject({ ok: false, problem: "wording" });
    const job = await prisma.job.findUniqueOrThrow({ where: { id: created.id } });
    expect(job.titleZh).toBe(sampleFields().titleZh);
    expect(job.status).toBe("PUBLISHED");
  });

  it("duplicates a job into a new draft of the same company, by the one who asked", async () => {
    const created = await createJob(owner(verified), sampleFields(), { publish: true });
    if (!created.ok) throw new Error("not created");
    const copy = await duplicateJob(owner(verified), created.id);
    expect(copy).toMatchObject({ ok: true, status: "DRAFT" });
    if (!copy.ok) return;
    expect(copy.id).not.toBe(created.id);
    const row = await prisma.job.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row).toMatchObject({ companyId: verified.companyId, datePosted: null, status: "DRAFT" });
    expect(jobFieldsOf((await getCompanyJob(verified.companyId, copy.id))!)).toEqual(sampleFields());
    expect(await syncQueued(copy.id)).toBe(true);
  });

  it("moves a past deadline 60 days on when duplicating", async () => {
    const created = await createJob(owner(verified), sampleFields());
    if (!created.ok) throw new Error("not created");
    await prisma.job.update({ where: { id: created.id }, data: { validThrough: new Date("2026-01-01T00:00:00Z") } });
    const copy = await duplicateJob(owner(verified), created.id);
    if (!copy.ok) throw new Error("not copied");
    const row = await prisma.job.findUniqueOrThrow({ where: { id: copy.id } });
    expect(row.validThrough!.getTime()).toBeGreaterThan(Date.now() + 59 * 86_400_000);
  });

  it("will not publish a draft whose deadline has passed", async () => {
    const created = await createJob(owner(verified), sampleFields());
    if (!created.ok) throw new Error("not created");
    await prisma.job.update({ where: { id: created.id }, data: { validThrough: new Date(Date.now() - 1000) } });
    expect(await publishJob(owner(verified), created.id)).toEqual({ ok: false, problem: "expired" });
  });
});

describe("tenant scoping", () => {
  it("answers not-found for another company's job, and changes nothing", async () => {
    const created = await createJob(owner(verified), sampleFields());
    if (!created.ok) throw new Error("not created");
    const id = created.id;
    const before = await prisma.job.findUniqueOrThrow({ where: { id } });
    const intruder = owner(other);
    const notFound = { ok: false, problem: "not-found" };
    expect(await updateJob(intruder, id, sampleFields({ titleEn: "Hijacked" }))).toEqual(notFound);
    expect(await publishJob(intruder, id)).toEqual(notFound);
    expect(await closeJob(id, new Date(), intruder)).toEqual(notFound);
    expect(await reopenJob(intruder, id)).toEqual(notFound);
    expect(await duplicateJob(intruder, id)).toEqual(notFound);
    expect(await getCompanyJob(other.companyId, id)).toBeNull();
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await prisma.job.count({ where: { companyId: other.companyId } })).toBe(0);
  });

  it("lets a pending company prepare and edit drafts", async () => {
    const created = await createJob(owner(pending), sampleFields());
    expect(created).toMatchObject({ ok: true, status: "DRAFT" });
    if (!created.ok) return;
    expect(await updateJob(owner(pending), created.id, sampleFields({ headcount: 5 }))).toMatchObject({ ok: true });
    expect(await publishJob(owner(pending), created.id)).toEqual({ ok: false, problem: "not-verified" });
    expect((await prisma.job.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("DRAFT");
  });

  it("refuses to reopen a job an organizer took down", async () => {
    const created = await createJob(owner(verified), sampleFields(), { publish: true });
    if (!created.ok) throw new Error("not created");
    await prisma.job.update({
      where: { id: created.id },
      data: { status: "CLOSED", takenDownAt: new Date(), takedownReason: "fees" },
    });
    expect(await reopenJob(owner(verified), created.id)).toEqual({ ok: false, problem: "taken-down" });
  });
});
