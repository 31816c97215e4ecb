/**
 * The posting routes, their loaders and actions called directly as Remix would: who may do what,
 * bad input answered with 400 and nothing changed, another company's job a 404, a published job
 * searchable with valid JobPosting JSON-LD, and the CSV import from upload to drafts.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { JOB_COLUMNS, csvRowOf } from "~/models/job-form";
import { runJobImport } from "~/models/job-import.server";
import { searchPublicJobs } from "~/models/job-search.server";
import { jobFormOf, sampleFields } from "~/models/job.test-fixtures";
import { createSession } from "~/models/session.server";
import { parseCsv, stringifyCsv } from "~/utils/csv";
import { createCompanyAccount, type CompanyAccount } from "../../../../e2e/helpers/companies";
import { waitFor } from "../../../../scripts/lib/processes";
import { seedSmallDemo } from "../../../../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../../../../scripts/test/workers";
import { loader as publicJobLoader } from "../../public/job";
import * as editRoute from "./edit";
import * as importRoute from "./import";
import * as importProgressRoute from "./import-progress";
import * as importReportRoute from "./import-report";
import * as importStatusRoute from "./import-status";
import * as templateRoute from "./import-template";
import * as listRoute from "./index";
import * as newRoute from "./new";

type Handler = (args: {
  request: Request;
  params: Record<string, string>;
  context: { cspNonce: string; clientIp: string };
}) => Promise<unknown>;

interface Answer {
  status: number;
  data: Record<string, unknown> | null;
  location: string | null;
  response: Response | null;
}

/** Calls a loader or action as Remix does; thrown responses (redirects, 404) become answers too. */
async function call(handler: unknown, request: Request, params: Record<string, string> = {}): Promise<Answer> {
  try {
    const result = await (handler as Handler)({ request, params, context: { cspNonce: "", clientIp: "203.0.113.1" } });
    if (result instanceof Response) {
      return { status: result.status, data: null, location: result.headers.get("Location"), response: result };
    }
    if (result && typeof result === "object" && "init" in result && "data" in result) {
      const wrapped = result as { data: Record<string, unknown>; init: { status?: number } | null };
      return { status: wrapped.init?.status ?? 200, data: wrapped.data, location: null, response: null };
    }
    return { status: 200, data: result as Record<string, unknown>, location: null, response: null };
  } catch (thrown) {
    if (thrown instanceof Response) {
      return { status: thrown.status, data: null, location: thrown.headers.get("Location"), response: thrown };
    }
    throw thrown;
  }
}

const cookies = new Map<string, string>();
async function cookieOf(account: { userId: string }) {
  let cookie = cookies.get(account.userId);
  if (!cookie) {
    const setCookie = await createSession(account.userId, { ip: "203.0.113.1", userAgent: "vitest" });
    cookie = setCookie.split(";")[0]!;
    cookies.set(account.userId, cookie);
  }
  return cookie;
}

async function get(account: { userId: string } | null, path: string) {
  const headers: Record<string, string> = { "Accept-Language": "en" };
  if (account) headers.Cookie = await cookieOf(account);
  return new Request(`http://localhost${path}`, { headers });
}

async function post(
  account: { userId: string } | null,
  path: string,
  values: Record<string, string | string[]> | FormData,
) {
  let body: FormData;
  if (values instanceof FormData) body = values;
  else {
    body = new FormData();
    for (const [key, value] of Object.entries(values)) {
      for (const item of Array.isArray(value) ? value : [value]) body.append(key, item);
    }
  }
  const headers: Record<string, string> = { "Accept-Language": "en" };
  if (account) headers.Cookie = await cookieOf(account);
  return new Request(`http://localhost${path}`, { method: "POST", body, headers });
}

/** The job form as a browser posts it, with the blank rows the page always offers. */
function jobForm(fields = sampleFields(), intent = "save"): Record<string, string | string[]> {
  const form = jobFormOf(fields, intent);
  return {
    ...form,
    requiredSkillKey: [...form.requiredSkillKey, ""],
    requiredSkillLevel: [...form.requiredSkillLevel, "1"],
    preferredLanguageKey: [...form.preferredLanguageKey, ""],
    preferredLanguageLevel: [...form.preferredLanguageLevel, ""],
    abilityUnits: [...form.abilityUnits, ""],
  };
}

let verified: CompanyAccount;
let pending: CompanyAccount;
let other: CompanyAccount;

const jobCount = () => prisma.job.count();

async function newJob(account: CompanyAccount, intent = "save", fields = sampleFields()) {
  const answer = await call(newRoute.action, await post(account, "/company/jobs/new", jobForm(fields, intent)));
  expect(answer.status, JSON.stringify(answer.data)).toBe(302);
  return answer.location!.split("/").pop()!;
}

beforeAll(async () => {
  await seedSmallDemo();
  verified = await createCompanyAccount(prisma, { email: "recruiter@verified.example" });
  pending = await createCompanyAccount(prisma, { email: "recruiter@pending.example", status: "PENDING" });
  other = await createCompanyAccount(prisma, { email: "recruiter@other.example" });
}, 180_000);

afterEach(() => stopTestWorkers());

describe("who may post", () => {
  it("sends visitors to log in, and refuses students and organizers' pages to companies", async () => {
    const anonymous = await call(listRoute.loader, await get(null, "/company/jobs"));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?redirectTo=%2Fcompany%2Fjobs/);
    const { signUpStudent } = await import("~/models/account.server");
    await signUpStudent({ email: "student@posting.example", password: "student password 1", locale: "en" });
    const student = await prisma.user.findUniqueOrThrow({ where: { email: "student@posting.example" } });
    await prisma.user.update({ where: { id: student.id }, data: { emailVerifiedAt: new Date() } });
    expect((await call(newRoute.loader, await get({ userId: student.id }, "/company/jobs/new"))).status).toBe(403);
  });

  it("lets a pending company save drafts, and refuses to publish with a clear 403", async () => {
    const before = await jobCount();
    const refused = await call(
      newRoute.action,
      await post(pending, "/company/jobs/new", jobForm(sampleFields(), "publish")),
    );
    expect(refused.status).toBe(403);
    expect(refused.data).toMatchObject({ ok: false, errors: { form: [{ code: "posting.errors.notVerified" }] } });
    expect(await jobCount()).toBe(before);

    const id = await newJob(pending);
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "DRAFT",
      companyId: pending.companyId,
      createdById: pending.userId,
    });
    const publish = await call(
      editRoute.action,
      await post(pending, `/company/jobs/${id}`, jobForm(sampleFields(), "publish")),
      {
        jobId: id,
      },
    );
    expect(publish.status).toBe(403);
    expect((await prisma.job.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });
});

describe("bad input", () => {
  const hostile: Record<string, string | string[]>[] = [
    {},
    { titleZh: "", titleEn: "" },
    { titleEn: "x".repeat(101) },
    { titleZh: "<script>alert(1)</script>", descriptionEn: "short" },
    { salaryMin: '1; DROP TABLE "Job"; --', salaryMax: "-5" },
    { family: "platform-operation' OR '1'='1", role: "x" },
    { employmentType: "FULL_TIME OR status = DRAFT", city: 'hangzhou" OR city = "ningbo' },
    { validThrough: "yesterday", district: "../../etc/passwd" },
    { requiredSkillKey: ["excel", "excel"], requiredSkillLevel: ["1", "9"] },
  ];

  it("answers 400 with the errors and the posted values, and writes nothing", async () => {
    for (const change of hostile) {
      const before = await jobCount();
      const form = Object.keys(change).length === 0 ? { intent: "save" } : { ...jobForm(), ...change };
      const answer = await call(newRoute.action, await post(verified, "/company/jobs/new", form));
      expect(answer.status, JSON.stringify(change)).toBe(400);
      const errors = answer.data!.errors as Record<string, { code: string }[]>;
      expect(Object.keys(errors).length, JSON.stringify(change)).toBeGreaterThan(0);
      expect(answer.data!.form).toBeDefined();
      expect(await jobCount()).toBe(before);
    }
  });

  it("names the problem of each field in codes the page translates", async () => {
    const answer = await call(
      newRoute.action,
      await post(verified, "/company/jobs/new", {
        ...jobForm(),
        salaryMin: "20000",
        salaryMax: "9000",
        district: "haishu",
      }),
    );
    expect(answer.data!.errors).toEqual({
      salaryMax: [{ code: "posting.errors.salaryRange" }],
      district: [{ code: "posting.errors.unknownDistrict" }],
    });
  });

  it("refuses to publish forbidden wording, field by field, and changes nothing", async () => {
    const id = await newJob(verified);
    const before = await prisma.job.findUniqueOrThrow({ where: { id } });
    const wording = sampleFields({ descriptionZh: "本岗位限男性，年龄35岁以下，入职交押金，踏实肯干。" });
    const answer = await call(
      editRoute.action,
      await post(verified, `/company/jobs/${id}`, jobForm(wording, "publish")),
      {
        jobId: id,
      },
    );
    expect(answer.status).toBe(400);
    expect(answer.data!.errors).toEqual({
      form: [{ code: "posting.errors.wordingBlocks" }],
      descriptionZh: [
        { code: "posting.wording.gender", params: { match: "限男性" } },
        { code: "posting.wording.age", params: { match: "35岁以下" } },
        { code: "posting.wording.fees", params: { match: "押金" } },
      ],
    });
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toEqual(before);
    // As a draft, the same text may be saved (and the page warns about it).
    const saved = await call(editRoute.action, await post(verified, `/company/jobs/${id}`, jobForm(wording, "save")), {
      jobId: id,
    });
    expect(saved.status).toBe(302);
    const page = await call(editRoute.loader, await get(verified, `/company/jobs/${id}`), { jobId: id });
    expect(Object.keys(page.data!.wording as object)).toEqual(["descriptionZh"]);
  });
});

describe("tenant scoping", () => {
  it("answers 404 for another company's job, whatever is asked, and changes nothing", async () => {
    const id = await newJob(verified);
    const before = await prisma.job.findUniqueOrThrow({ where: { id } });
    expect((await call(editRoute.loader, await get(other, `/company/jobs/${id}`), { jobId: id })).status).toBe(404);
    for (const intent of ["save", "publish", "close", "reopen", "duplicate"]) {
      const answer = await call(
        editRoute.action,
        await post(other, `/company/jobs/${id}`, jobForm(sampleFields(), intent)),
        {
          jobId: id,
        },
      );
      expect(answer.status, intent).toBe(404);
    }
    expect(await prisma.job.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await prisma.job.count({ where: { companyId: other.companyId } })).toBe(0);
    const list = await call(listRoute.loader, await get(other, "/company/jobs"));
    expect(list.data!.total).toBe(0);
    expect(
      (await call(editRoute.loader, await get(verified, "/company/jobs/..%2F..%2Fetc"), { jobId: "../../etc" })).status,
    ).toBe(404);
  });
});

describe("a verified company's recruiter", () => {
  it("publishes a job that becomes searchable and carries valid JobPosting JSON-LD", async () => {
    await startTestWorker();
    const fields = sampleFields({ titleEn: "Quasarflux live-stream operator", titleZh: "夸萨直播运营" });
    const id = await newJob(verified, "publish", fields);
    const job = await prisma.job.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("PUBLISHED");
    expect(job.datePosted).not.toBeNull();
    await waitFor(
      async () => {
        const outcome = await searchPublicJobs(new URLSearchParams({ q: "quasarflux" }));
        return outcome.status === "ok" && outcome.result.jobs.some((hit) => hit.id === id);
      },
      { timeoutMs: 15_000, message: "the published job never became searchable" },
    );
    const page = await call(
      publicJobLoader,
      new Request(`http://localhost/jobs/${id}`, { headers: { "Accept-Language": "en" } }),
      { jobId: id },
    );
    expect(page.status).toBe(200);
    const jsonLd = JSON.parse(page.data!.jsonLd as string);
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org/",
      "@type": "JobPosting",
      title: "Quasarflux live-stream operator",
      datePosted: job.datePosted!.toISOString(),
      validThrough: job.validThrough!.toISOString(),
      employmentType: "FULL_TIME",
      hiringOrganization: { "@type": "Organization", name: verified.nameEn },
      jobLocation: { "@type": "Place", address: { "@type": "PostalAddress", addressCountry: "CN" } },
      baseSalary: {
        "@type": "MonetaryAmount",
        currency: "CNY",
        value: { "@type": "QuantitativeValue", minValue: 6000, maxValue: 9000, unitText: "MONTH" },
      },
    });
    expect(jsonLd.description).toContain("TikTok Shop");
  });

  it("closes, reopens and duplicates from the job's page, each with a notice", async () => {
    const id = await newJob(verified, "publish");
    const act = (intent: string) =>
      post(verified, `/company/jobs/${id}`, { intent }).then((request) =>
        call(editRoute.action, request, { jobId: id }),
      );
    const closed = await act("close");
    expect([closed.status, closed.location]).toEqual([302, `/company/jobs/${id}`]);
    expect(closed.response!.headers.get("Set-Cookie")).toMatch(/^__flash=/);
    expect((await prisma.job.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    expect((await act("close")).status).toBe(409);
    expect((await act("reopen")).status).toBe(302);
    expect((await prisma.job.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
    const copy = await act("duplicate");
    expect(copy.location).not.toBe(`/company/jobs/${id}`);
    const copyId = copy.location!.split("/").pop()!;
    expect(await prisma.job.findUniqueOrThrow({ where: { id: copyId } })).toMatchObject({
      status: "DRAFT",
      companyId: verified.companyId,
    });
    expect((await act("explode")).status).toBe(400); // an unknown intent is bad input
  });

  it("lists the company's jobs with status filters and pages", async () => {
    const list = await call(listRoute.loader, await get(verified, "/company/jobs?status=DRAFT&page=1"));
    const jobs = list.data!.jobs as { status: string }[];
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((job) => job.status === "DRAFT")).toBe(true);
    const odd = await call(listRoute.loader, await get(verified, "/company/jobs?status=nonsense&page=-3&q=%27%3B--"));
    expect(odd.status).toBe(200);
    expect(odd.data!.query).toEqual({ status: "", q: "';--", page: 1 });
  });
});

describe("CSV import", () => {
  const upload = async (account: CompanyAccount, text: string, name = "jobs.csv") => {
    const form = new FormData();
    form.append("file", new File([text], name, { type: "text/csv" }));
    return call(importRoute.action, await post(account, "/company/jobs/import", form));
  };

  it("offers a template with a BOM, the field keys and an example row that passes as it is", async () => {
    const answer = await call(templateRoute.loader, await get(verified, "/company/jobs/import/template.csv"));
    expect(answer.response!.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const bytes = new Uint8Array(await answer.response!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const parsed = parseCsv(text);
    expect(parsed.ok && parsed.records[0]).toEqual([...JOB_COLUMNS]);
    expect(parsed.ok && parsed.records).toHaveLength(2);
    const checked = await upload(verified, text, "template.csv");
    expect(checked.status).toBe(302);
    const status = await call(importStatusRoute.loader, await get(verified, checked.location!), {
      importId: checked.location!.split("/").pop()!,
    });
    expect(status.data).toMatchObject({ errorCount: 0, view: { total: 1, status: "VALIDATED" } });
  });

  it("reports a bad row, imports nothing unless the valid rows are chosen, then creates them", async () => {
    const bad = csvRowOf(sampleFields({ titleZh: "坏行" }));
    bad[JOB_COLUMNS.indexOf("salaryPeriod")] = "FORTNIGHT";
    const text = stringifyCsv(
      [
        [...JOB_COLUMNS],
        csvRowOf(sampleFields({ titleZh: "好行一" })),
        bad,
        csvRowOf(sampleFields({ titleZh: "好行二" })),
      ],
      {
        bom: true,
      },
    );
    const uploaded = await upload(verified, text);
    expect(uploaded.status).toBe(302);
    const importId = uploaded.location!.split("/").pop()!;
    const path = `/company/jobs/import/${importId}`;

    const status = await call(importStatusRoute.loader, await get(verified, path), { importId });
    expect(status.data).toMatchObject({
      errorCount: 1,
      errorRows: 1,
      errors: [{ row: 3, field: "salaryPeriod", code: "invalid_value", value: "FORTNIGHT", severity: "error" }],
      view: { fileRows: 3, total: 2 },
    });
    const report = await call(importReportRoute.loader, await get(verified, `${path}/report.csv`), { importId });
    const reportBytes = new Uint8Array(await report.response!.arrayBuffer());
    expect([...reportBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(reportBytes)).toBe(
      "Row,Column,Kind,As written,Problem\r\n3,salaryPeriod,Error,FORTNIGHT,Choose one of the options.\r\n",
    );

    const drafts = () =>
      prisma.job.count({ where: { companyId: verified.companyId, titleZh: { startsWith: "好行" } } });
    const all = await call(importStatusRoute.action, await post(verified, path, { intent: "start", rows: "all" }), {
      importId,
    });
    expect(all.status).toBe(400);
    expect(all.data).toEqual({ errors: { form: [{ code: "posting.import.errors.hasErrors" }] } });
    await runJobImport(prisma, importId);
    expect(await drafts()).toBe(0);

    const valid = await call(importStatusRoute.action, await post(verified, path, { intent: "start", rows: "valid" }), {
      importId,
    });
    expect(valid.status).toBe(302);
    const running = await call(importProgressRoute.loader, await get(verified, `${path}/progress`), { importId });
    expect(await running.response!.json()).toEqual({ status: "RUNNING", done: 0, total: 2, error: null, percent: 0 });
    await runJobImport(prisma, importId);
    expect(await drafts()).toBe(2);
    const done = await call(importProgressRoute.loader, await get(verified, `${path}/progress`), { importId });
    expect(await done.response!.json()).toEqual({ status: "DONE", done: 2, total: 2, error: null, percent: 100 });

    // Another company sees none of it.
    expect((await call(importStatusRoute.loader, await get(other, path), { importId })).status).toBe(404);
    expect((await call(importProgressRoute.loader, await get(other, `${path}/progress`), { importId })).status).toBe(
      404,
    );
    expect((await call(importReportRoute.loader, await get(other, `${path}/report.csv`), { importId })).status).toBe(
      404,
    );
  });

  it("refuses a file that is not a usable CSV, with the reason, and keeps nothing", async () => {
    const before = await prisma.jobImport.count();
    const answer = await upload(verified, "title,salary\nA,1\n");
    expect(answer.status).toBe(400);
    expect(answer.data).toEqual({
      ok: false,
      errors: { file: [{ code: "posting.import.errors.unknownColumns", params: { columns: "title, salary" } }] },
    });
    const big = await upload(verified, "x".repeat(1_000_001));
    expect(big.status).toBe(400);
    expect(await prisma.jobImport.count()).toBe(before);
  });

  it("limits uploads per company", async () => {
    const limited = await createCompanyAccount(prisma, { email: "busy@importer.example" });
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) statuses.push((await upload(limited, "")).status);
    expect(statuses.slice(0, 20).every((s) => s === 400)).toBe(true);
    expect(statuses[20]).toBe(429);
  });
});
