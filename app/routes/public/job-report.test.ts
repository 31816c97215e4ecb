/**
 * "Report this job" and the organizers' takedown queue, their loaders and actions called directly:
 * honeypot, validation, rate limits, the signed-in reporter recorded; only organizers decide.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createJob } from "~/models/job.server";
import { sampleFields } from "~/models/job.test-fixtures";
import { createOrganizer } from "~/models/organizer.server";
import { createSession } from "~/models/session.server";
import { createCompanyAccount, type CompanyAccount } from "../../../e2e/helpers/companies";
import { seedSmallDemo } from "../../../scripts/test/demo";
import * as queue from "../organizer/reports/index";
import * as report from "./job-report";

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  location: string | null;
}

async function call(handler: unknown, request: Request, params: Record<string, string> = {}, ip = "203.0.113.7") {
  const run = handler as (args: object) => Promise<unknown>;
  try {
    const result = await run({ request, params, context: { cspNonce: "", clientIp: ip } });
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: Record<string, unknown>; init: { status?: number } | null };
      return { status: wrapped.init?.status ?? 200, data: wrapped.data, location: null } satisfies Answer;
    }
    return { status: 200, data: result as Record<string, unknown>, location: null } satisfies Answer;
  } catch (thrown) {
    if (thrown instanceof Response) {
      return { status: thrown.status, data: null, location: thrown.headers.get("Location") } satisfies Answer;
    }
    throw thrown;
  }
}

function request(path: string, { cookie, form }: { cookie?: string; form?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { "Accept-Language": "en" };
  if (cookie) headers.Cookie = cookie;
  if (!form) return new Request(`http://localhost${path}`, { headers });
  const body = new FormData();
  for (const [key, value] of Object.entries(form)) body.append(key, value);
  return new Request(`http://localhost${path}`, { method: "POST", body, headers });
}

const cookieFor = async (userId: string, secondFactor = false) =>
  (await createSession(userId, { ip: "203.0.113.1", userAgent: "vitest" }, { secondFactor })).split(";")[0]!;

let company: CompanyAccount;
let companyCookie: string;
let organizerCookie: string;
let jobId: string;

async function publishedJob(titleEn = "Reportable operator") {
  const outcome = await createJob(company, sampleFields({ titleEn }), { publish: true });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.id;
}

beforeAll(async () => {
  await seedSmallDemo();
  company = await createCompanyAccount(prisma, { email: "owner@queue.example", locale: "zh-CN" });
  companyCookie = await cookieFor(company.userId);
  const organizerId = await createOrganizer("queue@organizer.example", "organizer password 123");
  await prisma.organizer.update({ where: { userId: organizerId }, data: { totpEnabledAt: new Date() } });
  organizerCookie = await cookieFor(organizerId, true);
  jobId = await publishedJob();
}, 180_000);

describe("reporting a job", () => {
  it("shows the form for a public job, and 404 for drafts and unknown ids", async () => {
    const page = await call(report.loader, request(`/jobs/${jobId}/report`), { jobId });
    expect(page.status).toBe(200);
    const draft = await createJob(company, sampleFields());
    if (!draft.ok) throw new Error("no draft");
    expect((await call(report.loader, request(`/jobs/${draft.id}/report`), { jobId: draft.id })).status).toBe(404);
    expect((await call(report.loader, request("/jobs/x/report"), { jobId: "<script>" })).status).toBe(404);
    const onDraft = await call(
      report.action,
      request(`/jobs/${draft.id}/report`, { form: { reason: "OTHER", details: "x" } }),
      {
        jobId: draft.id,
      },
    );
    expect(onDraft.status).toBe(404);
  });

  it("records a visitor's report and goes back to the job with thanks", async () => {
    const answer = await call(
      report.action,
      request(`/jobs/${jobId}/report`, { form: { reason: "FEES_CHARGED", details: "They asked me for a deposit." } }),
      { jobId },
      "198.51.100.1",
    );
    expect([answer.status, answer.location]).toEqual([302, `/jobs/${jobId}`]);
    expect(
      await prisma.jobReport.findFirstOrThrow({ where: { jobId, details: "They asked me for a deposit." } }),
    ).toMatchObject({
      reason: "FEES_CHARGED",
      reporterId: null,
      status: "OPEN",
    });
  });

  it("records who reported when signed in", async () => {
    await call(
      report.action,
      request(`/jobs/${jobId}/report`, { cookie: companyCookie, form: { reason: "MISLEADING", details: "Signed in" } }),
      { jobId },
      "198.51.100.2",
    );
    expect(await prisma.jobReport.findFirstOrThrow({ where: { details: "Signed in" } })).toMatchObject({
      reporterId: company.userId,
    });
  });

  it("answers bad input and bots with 400, writing nothing", async () => {
    const before = await prisma.jobReport.count();
    const bad: Record<string, string>[] = [
      {},
      { reason: "SPAM" },
      { reason: "OTHER" },
      { reason: "OTHER", details: "x".repeat(2_001) },
      { reason: "FEES_CHARGED", details: "real words", website_url: "http://bot.example" },
    ];
    const codes = [];
    for (const form of bad) {
      const answer = await call(report.action, request(`/jobs/${jobId}/report`, { form }), { jobId }, "198.51.100.3");
      expect(answer.status, JSON.stringify(form)).toBe(400);
      codes.push(answer.data!.errors);
    }
    expect(codes[2]).toEqual({ details: [{ code: "posting.report.errors.detailsRequired" }] });
    expect(codes[4]).toEqual({ form: [{ code: "bot" }] });
    expect(await prisma.jobReport.count()).toBe(before);
  });

  it("limits reports of one job from one address", async () => {
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      const form = { reason: "MISLEADING", details: `attempt ${i}` };
      statuses.push(
        (await call(report.action, request(`/jobs/${jobId}/report`, { form }), { jobId }, "198.51.100.9")).status,
      );
    }
    expect(statuses).toEqual([302, 302, 302, 429]);
  });
});

describe("the takedown queue", () => {
  it("is for organizers only", async () => {
    expect((await call(queue.loader, request("/organizer/reports"))).status).toBe(302);
    expect((await call(queue.loader, request("/organizer/reports", { cookie: companyCookie }))).status).toBe(403);
    const takedown = request("/organizer/reports", {
      cookie: companyCookie,
      form: { intent: "takedown", jobId, reason: "Trying to take a rival down" },
    });
    expect((await call(queue.action, takedown)).status).toBe(403);
    expect((await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).status).toBe("PUBLISHED");
  });

  it("lists reported jobs, and refuses a takedown without a reason", async () => {
    const page = await call(queue.loader, request("/organizer/reports", { cookie: organizerCookie }));
    const jobs = page.data!.jobs as { id: string; openReports: number }[];
    expect(jobs.find((j) => j.id === jobId)?.openReports).toBeGreaterThanOrEqual(2);
    const noReason = await call(
      queue.action,
      request("/organizer/reports", { cookie: organizerCookie, form: { intent: "takedown", jobId, reason: "" } }),
    );
    expect(noReason.status).toBe(400);
    expect(noReason.data!.errors).toEqual({ reason: [{ code: "too_small", params: { minimum: 5 } }] });
  });

  it("takes a job down with a notice, mailing its owner in Chinese", async () => {
    const answer = await call(
      queue.action,
      request("/organizer/reports", {
        cookie: organizerCookie,
        form: { intent: "takedown", jobId, reason: "向求职者收取押金，违反招聘规定。" },
      }),
    );
    expect([answer.status, answer.location]).toEqual([302, "/organizer/reports"]);
    expect(await prisma.job.findUniqueOrThrow({ where: { id: jobId } })).toMatchObject({
      status: "CLOSED",
      takedownReason: "向求职者收取押金，违反招聘规定。",
    });
    expect(await prisma.jobReport.count({ where: { jobId, status: "OPEN" } })).toBe(0);
    const mail = await prisma.outgoingMail.findFirstOrThrow({ where: { to: company.email } });
    expect(mail.subject).toBe(`您的岗位“${sampleFields().titleZh}”已被下架`);
    const again = await call(
      queue.action,
      request("/organizer/reports", {
        cookie: organizerCookie,
        form: { intent: "takedown", jobId, reason: "Again please" },
      }),
    );
    expect(again.status).toBe(409);
  });

  it("dismisses a job's reports with a notice", async () => {
    const id = await publishedJob("Fine after all");
    await call(report.action, request(`/jobs/${id}/report`, { form: { reason: "OTHER", details: "Hmm" } }), {
      jobId: id,
    });
    const answer = await call(
      queue.action,
      request("/organizer/reports", { cookie: organizerCookie, form: { intent: "dismiss", jobId: id, note: "" } }),
    );
    expect(answer.status).toBe(302);
    expect(await prisma.jobReport.findFirstOrThrow({ where: { jobId: id } })).toMatchObject({ status: "DISMISSED" });
    const unknown = await call(
      queue.action,
      request("/organizer/reports", {
        cookie: organizerCookie,
        form: { intent: "dismiss", jobId: "cnosuchjob000000000000000", note: "" },
      }),
    );
    expect(unknown.status).toBe(404);
  });
});
