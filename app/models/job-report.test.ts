/**
 * Reports and takedowns against the real database and search: a takedown closes the job, resolves
 * its reports, audits, mails the owner in their language and takes the job out of search.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { searchPublicJobs } from "~/models/job-search.server";
import { createCompanyAccount, type CompanyAccount } from "../../e2e/helpers/companies";
import { waitFor } from "../../scripts/lib/processes";
import { seedSmallDemo } from "../../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../../scripts/test/workers";
import { createOrganizer } from "./organizer.server";
import { dismissJobReports, listReportedJobs, reportJob, takeDownJob } from "./job-report.server";
import { createJob, reopenJob } from "./job.server";
import { sampleFields } from "./job.test-fixtures";

let company: CompanyAccount;
let organizerId: string;

async function searchIds(q: string) {
  const outcome = await searchPublicJobs(new URLSearchParams({ q }));
  return outcome.status === "ok" ? outcome.result.jobs.map((job) => job.id) : [];
}

async function publishedJob(titleEn: string) {
  const outcome = await createJob(company, sampleFields({ titleEn }), { publish: true });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.id;
}

beforeAll(async () => {
  await seedSmallDemo();
  company = await createCompanyAccount(prisma, { email: "owner@reported.example", locale: "en" });
  organizerId = await createOrganizer("moderator@example.cn", "organizer password 123");
}, 180_000);

afterEach(() => stopTestWorkers());

describe("reporting", () => {
  it("records reports on public jobs only, with the signed-in reporter if any", async () => {
    const id = await publishedJob("Reportable job");
    expect(
      await reportJob({ jobId: id, reporterId: null, reason: "FEES_CHARGED", details: "Asked for a deposit" }),
    ).toBe(true);
    expect(await reportJob({ jobId: id, reporterId: organizerId, reason: "OTHER", details: "Odd" })).toBe(true);
    const draft = await createJob(company, sampleFields());
    if (!draft.ok) throw new Error("no draft");
    expect(await reportJob({ jobId: draft.id, reporterId: null, reason: "OTHER", details: "x" })).toBe(false);
    const reports = await prisma.jobReport.findMany({ where: { jobId: id }, orderBy: { createdAt: "asc" } });
    expect(reports.map((r) => [r.reason, r.reporterId, r.status])).toEqual([
      ["FEES_CHARGED", null, "OPEN"],
      ["OTHER", organizerId, "OPEN"],
    ]);
  });

  it("lists reported jobs most reported first, with counts by reason", async () => {
    const once = await publishedJob("Reported once");
    const thrice = await publishedJob("Reported thrice");
    await reportJob({ jobId: once, reporterId: null, reason: "MISLEADING", details: "" });
    for (const reason of ["DISCRIMINATION", "DISCRIMINATION", "FAKE_EMPLOYER"] as const) {
      await reportJob({ jobId: thrice, reporterId: null, reason, details: "" });
    }
    const { jobs } = await listReportedJobs();
    const ids = jobs.map((j) => j.id);
    expect(ids.indexOf(thrice)).toBeLessThan(ids.indexOf(once));
    expect(jobs.find((j) => j.id === thrice)).toMatchObject({
      openReports: 3,
      reasons: [
        { reason: "DISCRIMINATION", count: 2 },
        { reason: "FAKE_EMPLOYER", count: 1 },
      ],
    });
  });
});

describe("organizer decisions", () => {
  it("take down: closed, reports resolved, audited, owner mailed in English, gone from search", async () => {
    await startTestWorker();
    const id = await publishedJob("Wombatfee warehouse packer");
    await waitFor(async () => (await searchIds("wombatfee")).includes(id), {
      timeoutMs: 15_000,
      message: "the published job never became searchable",
    });
    await reportJob({ jobId: id, reporterId: null, reason: "FEES_CHARGED", details: "Deposit of 500 yuan" });
    await reportJob({ jobId: id, reporterId: null, reason: "FEES_CHARGED", details: "" });

    const now = new Date();
    expect(
      await takeDownJob({ organizerId, jobId: id, reason: "Charges applicants a deposit.", ip: "203.0.113.5", now }),
    ).toBe("taken-down");
    const job = await prisma.job.findUniqueOrThrow({ where: { id }, include: { reports: true } });
    expect(job).toMatchObject({ status: "CLOSED", takenDownAt: now, takedownReason: "Charges applicants a deposit." });
    expect(job.reports.map((r) => [r.status, r.resolvedById, r.resolution])).toEqual([
      ["TAKEN_DOWN", organizerId, "Charges applicants a deposit."],
      ["TAKEN_DOWN", organizerId, "Charges applicants a deposit."],
    ]);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { subjectId: id, action: "job.takedown" } });
    expect(audit).toMatchObject({ actorId: organizerId, subjectType: "Job", ip: "203.0.113.5" });
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: company.email } });
    expect(mail.subject).toBe("Your job “Wombatfee warehouse packer” was taken down");
    expect(mail.text).toContain("Reason: Charges applicants a deposit.");
    expect(mail.text).toContain(`/company/jobs/${id}`);

    await waitFor(async () => !(await searchIds("wombatfee")).includes(id), {
      timeoutMs: 15_000,
      message: "the job taken down stayed in search",
    });
    expect(await takeDownJob({ organizerId, jobId: id, reason: "Again, for good measure." })).toBe(
      "already-taken-down",
    );
    expect(await reopenJob(company, id)).toEqual({ ok: false, problem: "taken-down" });
    expect(await prisma.outgoingMail.count({ where: { to: company.email } })).toBe(1);
  });

  it("dismiss: reports closed, job untouched, audited", async () => {
    const id = await publishedJob("Perfectly fine job");
    await reportJob({ jobId: id, reporterId: null, reason: "MISLEADING", details: "" });
    expect(await dismissJobReports({ organizerId, jobId: id, note: "Checked: accurate." })).toBe(1);
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PUBLISHED",
      takenDownAt: null,
    });
    expect(await prisma.jobReport.findFirstOrThrow({ where: { jobId: id } })).toMatchObject({
      status: "DISMISSED",
      resolvedById: organizerId,
      resolution: "Checked: accurate.",
    });
    expect(await prisma.auditLog.count({ where: { subjectId: id, action: "job.reports.dismiss" } })).toBe(1);
    expect((await listReportedJobs()).jobs.map((j) => j.id)).not.toContain(id);
    expect(await dismissJobReports({ organizerId, jobId: "cnosuchjob000000000000000", note: "" })).toBeNull();
  });
});
