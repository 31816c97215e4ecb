/**
 * CSV imports: the file checks (unit), and the import as the queue runs it (integration): nothing
 * is created from a file with errors unless the valid rows are chosen, progress moves batch by
 * batch, a retry continues where the last batch ended.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { stringifyCsv } from "~/utils/csv";
import { waitFor } from "../../scripts/lib/processes";
import { createCompanyAccount, type CompanyAccount } from "../../e2e/helpers/companies";
import { seedSmallDemo } from "../../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../../scripts/test/workers";
import { JOB_COLUMNS, csvRowOf, type PostingCatalogue } from "./job-form";
import { checkJobImportFile, createJobImport, getJobImport, runJobImport, startJobImport } from "./job-import.server";
import { loadPostingCatalogue } from "./job.server";
import { sampleFields } from "./job.test-fixtures";

let catalogue: PostingCatalogue;
let company: CompanyAccount;

const encode = (text: string) => new TextEncoder().encode(text);
const goodRow = (title = "TikTok Shop 直播运营") => csvRowOf(sampleFields({ titleZh: title }));
const csv = (rows: string[][], header: readonly string[] = JOB_COLUMNS) => encode(stringifyCsv([[...header], ...rows]));

function check(bytes: Uint8Array) {
  return checkJobImportFile(bytes, catalogue);
}

beforeAll(async () => {
  await seedSmallDemo();
  catalogue = await loadPostingCatalogue();
  company = await createCompanyAccount(prisma, { email: "importer@example.cn" });
}, 180_000);

afterEach(() => stopTestWorkers());

describe("checking a file", () => {
  it("keeps valid rows and reports each problem with its spreadsheet row, column and value", () => {
    const bad = goodRow();
    bad[JOB_COLUMNS.indexOf("salaryMax")] = "5000"; // below salaryMin
    bad[JOB_COLUMNS.indexOf("role")] = "logistics-specialist"; // not a live-stream role
    const outcome = check(csv([goodRow("第一个"), bad, goodRow("第三个")]));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.checked.fileRows).toBe(3);
    expect(outcome.checked.rows.map((r) => [r.row, r.fields.titleZh])).toEqual([
      [2, "第一个"],
      [4, "第三个"],
    ]);
    expect(outcome.checked.problems).toEqual([
      {
        row: 3,
        field: "role",
        code: "posting.errors.roleNotInFamily",
        value: "logistics-specialist",
        severity: "error",
      },
      { row: 3, field: "salaryMax", code: "posting.errors.salaryRange", value: "5000", severity: "error" },
    ]);
  });

  it("counts rows as a spreadsheet does, past quoted line breaks and blank lines", () => {
    const multiline = goodRow();
    multiline[JOB_COLUMNS.indexOf("descriptionEn")] =
      'Line one, with a comma\r\nline "two"\nline three of the description';
    const broken = goodRow();
    broken[JOB_COLUMNS.indexOf("headcount")] = "many";
    const text = `${stringifyCsv([[...JOB_COLUMNS], multiline])}\r\n${stringifyCsv([broken])}`;
    const outcome = check(encode(text));
    expect(outcome.ok && outcome.checked.problems).toEqual([
      { row: 4, field: "headcount", code: "posting.errors.wholeNumber", value: "many", severity: "error" },
    ]);
    expect(outcome.ok && outcome.checked.rows[0]!.fields.descriptionEn).toBe(
      'Line one, with a comma\r\nline "two"\nline three of the description',
    );
  });

  it("warns about forbidden wording without keeping the row out", () => {
    const outcome = check(
      csv([csvRowOf(sampleFields({ descriptionZh: "本岗位限男性，需交押金 500 元，吃苦耐劳。" }))]),
    );
    expect(outcome.ok && outcome.checked.rows).toHaveLength(1);
    expect(outcome.ok && outcome.checked.problems.map((p) => [p.severity, p.code, p.params?.match])).toEqual([
      ["warning", "posting.wording.gender", "限男性"],
      ["warning", "posting.wording.fees", "押金"],
    ]);
  });

  it("accepts columns in any order and leaves optional list columns out", () => {
    const required = JOB_COLUMNS.filter((c) => !c.startsWith("required") && !c.startsWith("preferred"))
      .filter((c) => c !== "marketplaces" && c !== "sessions")
      .reverse();
    const full = goodRow();
    const row = required.map((column) => full[JOB_COLUMNS.indexOf(column)]!);
    const outcome = check(csv([row], required));
    expect(outcome.ok && outcome.checked.rows[0]!.fields).toMatchObject({ requiredSkills: [], sessions: [] });
  });

  it("refuses the whole file for a bad header, broken quoting, size, row count or encoding", () => {
    const codes = (bytes: Uint8Array) => {
      const outcome = check(bytes);
      return outcome.ok ? null : outcome.problem;
    };
    expect(codes(encode(""))).toEqual({ code: "posting.import.errors.empty" });
    expect(codes(csv([]))).toEqual({ code: "posting.import.errors.noRows" });
    expect(codes(csv([goodRow()], [...JOB_COLUMNS.slice(0, -1), "notes"]))).toEqual({
      code: "posting.import.errors.unknownColumns",
      params: { columns: "notes" },
    });
    expect(
      codes(
        csv(
          [goodRow()],
          JOB_COLUMNS.filter((c) => c !== "titleEn" && c !== "city"),
        ),
      ),
    ).toEqual({
      code: "posting.import.errors.missingColumns",
      params: { columns: "titleEn, city" },
    });
    expect(codes(csv([], [...JOB_COLUMNS, "titleZh"]))).toEqual({
      code: "posting.import.errors.repeatedColumns",
      params: { columns: "titleZh" },
    });
    expect(codes(encode(`${JOB_COLUMNS.join(",")}\n"never closed,1\n`))).toEqual({
      code: "posting.import.errors.unterminatedQuote",
      params: { row: 2 },
    });
    expect(codes(new Uint8Array(1_000_001))).toEqual({ code: "posting.import.errors.tooLarge", params: { kb: 1000 } });
    expect(codes(new Uint8Array([0x00, 0x01, 0xff, 0xfe, 0x00]))).toEqual({ code: "posting.import.errors.notText" });
    const header = JOB_COLUMNS.join(",");
    const many = `${header}\n${Array.from({ length: 2_001 }, () => "x").join("\n")}\n`;
    expect(codes(encode(many))).toEqual({
      code: "posting.import.errors.tooManyRows",
      params: { max: 2_000, rows: 2_001 },
    });
  });

  it("reports a row with more cells than columns, but reads a row whose empty cells at the end were dropped", () => {
    const short = goodRow().slice(0, JOB_COLUMNS.length - 2); // marketplaces and sessions dropped
    const long = [...goodRow(), "surplus"];
    const outcome = check(csv([short, long]));
    expect(outcome.ok && outcome.checked.rows.map((r) => r.row)).toEqual([2]);
    expect(outcome.ok && outcome.checked.problems).toEqual([
      {
        row: 3,
        field: "",
        code: "posting.import.errors.columnCount",
        params: { expected: JOB_COLUMNS.length, found: JOB_COLUMNS.length + 1 },
        severity: "error",
      },
    ]);
  });
});

async function importOf(rows: string[][]) {
  const outcome = check(csv(rows));
  if (!outcome.ok) throw new Error(outcome.problem.code);
  return createJobImport(prisma, company, "jobs.csv", outcome.checked);
}

const drafts = () => prisma.job.count({ where: { companyId: company.companyId } });

describe("running an import", () => {
  it("imports nothing from a file with errors unless the valid rows are chosen", async () => {
    const bad = goodRow();
    bad[JOB_COLUMNS.indexOf("city")] = "shanghai";
    const { id } = await importOf([goodRow(), bad]);
    const before = await drafts();
    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: false })).toBe("has-errors");
    await runJobImport(prisma, id); // even if the task ran, it would find nothing started
    expect(await drafts()).toBe(before);
    expect((await getJobImport(prisma, company.companyId, id))!.status).toBe("VALIDATED");

    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: true })).toBe("started");
    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: true })).toBe("already-started");
    await runJobImport(prisma, id);
    expect(await drafts()).toBe(before + 1);
    expect(await getJobImport(prisma, company.companyId, id)).toMatchObject({
      status: "DONE",
      done: 1,
      total: 1,
      fileRows: 2,
    });
  });

  it("creates drafts in batches, continues after the last committed batch and runs only once", async () => {
    const { id } = await importOf(Array.from({ length: 45 }, (_, i) => goodRow(`批量岗位 ${i + 1}`)));
    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: false })).toBe("started");
    // As if a first run committed two batches (40 rows) and then the worker died.
    await prisma.jobImport.update({ where: { id }, data: { done: 40 } });
    const before = await drafts();
    await runJobImport(prisma, id);
    expect(await drafts()).toBe(before + 5);
    const created = await prisma.job.findMany({
      where: { companyId: company.companyId, titleZh: { startsWith: "批量岗位" } },
      select: { titleZh: true, status: true, createdById: true },
    });
    expect(created.map((j) => j.titleZh).sort()).toEqual([41, 42, 43, 44, 45].map((n) => `批量岗位 ${n}`));
    expect(created.every((j) => j.status === "DRAFT" && j.createdById === company.userId)).toBe(true);
    expect(await getJobImport(prisma, company.companyId, id)).toMatchObject({ status: "DONE", done: 45, total: 45 });
    await runJobImport(prisma, id);
    expect(await drafts()).toBe(before + 5);
  });

  it("runs as the jobs:import task of a worker, reporting progress to 100 %", async () => {
    const { id } = await importOf(Array.from({ length: 30 }, (_, i) => goodRow(`队列岗位 ${i + 1}`)));
    await startTestWorker();
    const seen = new Set<number>();
    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: false })).toBe("started");
    await waitFor(
      async () => {
        const view = await getJobImport(prisma, company.companyId, id);
        seen.add(view!.done);
        return view!.status === "DONE";
      },
      { timeoutMs: 30_000, message: "the import never finished" },
    );
    expect(await getJobImport(prisma, company.companyId, id)).toMatchObject({ done: 30, total: 30 });
    expect([...seen].every((done) => [0, 20, 30].includes(done))).toBe(true);
  });

  it("fails with a reason, rather than retrying forever, when the catalogue lost a key", async () => {
    const { id } = await importOf([goodRow()]);
    await prisma.jobImport.update({
      where: { id },
      data: { rows: JSON.parse(JSON.stringify([{ row: 2, fields: { ...sampleFields(), role: "gone-role" } }])) },
    });
    expect(await startJobImport(prisma, company.companyId, id, { validRowsOnly: false })).toBe("started");
    await runJobImport(prisma, id);
    expect(await getJobImport(prisma, company.companyId, id)).toMatchObject({
      status: "FAILED",
      error: "posting.import.errors.catalogueChanged",
      done: 0,
    });
  });

  it("is not found by another company", async () => {
    const { id } = await importOf([goodRow()]);
    const stranger = await createCompanyAccount(prisma, { email: "stranger@example.cn" });
    expect(await getJobImport(prisma, stranger.companyId, id)).toBeNull();
    expect(await startJobImport(prisma, stranger.companyId, id, { validRowsOnly: true })).toBe("not-found");
  });
});
