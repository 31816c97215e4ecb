/**
 * CSV imports of vacancies. Uploading checks the whole file first — every row against the same
 * rules as the posting form — and keeps the rows that passed and a report of those that did not
 * (a JobImport row, VALIDATED). Nothing is created until the user starts the import: a file with
 * errors only with "import the valid rows". The queue task `jobs:import` then creates the rows as
 * drafts, a batch per transaction, recording progress (`done` of `total`) that the page polls.
 *
 * Functions take the database client: the worker runs with its own, and this module must not load
 * the app's Prisma singleton (the worker imports it before the database is started).
 */
import { z } from "zod";
import type { JobImportStatus, Prisma, PrismaClient } from "~/generated/prisma/client";
import { enqueue } from "~/queue/enqueue.server";
import { TASK } from "~/queue/tasks";
import { decodeCsvBytes, parseCsv } from "~/utils/csv";
import { validateForm } from "~/utils/forms.server";
import { checkJobWording } from "~/utils/job-wording";
import {
  IMPORT_LIMITS,
  JOB_COLUMNS,
  OPTIONAL_COLUMNS,
  jobFieldsSchema,
  type ImportProblem,
  type JobFields,
  type PostingCatalogue,
} from "./job-form";

/** Rows created per transaction; progress moves on after each. */
const BATCH = 20;

/** Something wrong with the file as a whole: nothing is kept. */
export interface FileProblem {
  code: string;
  params?: Record<string, string | number>;
}

export interface CheckedImport {
  /** Data rows in the file (blank lines not counted). */
  fileRows: number;
  rows: { row: number; fields: JobFields }[];
  problems: ImportProblem[];
}

export type CheckOutcome = { ok: true; checked: CheckedImport } | { ok: false; problem: FileProblem };

const cell = (value: string) => (value.length > 200 ? `${value.slice(0, 199)}…` : value);

/**
 * Reads and checks an uploaded file: size, encoding (UTF-8, or GB18030 as Chinese Excel saves
 * it), CSV syntax, the header, the number of rows, then every row.
 */
export function checkJobImportFile(
  bytes: Uint8Array,
  catalogue: PostingCatalogue,
  { now = new Date() }: { now?: Date } = {},
): CheckOutcome {
  if (bytes.length > IMPORT_LIMITS.maxBytes) {
    return {
      ok: false,
      problem: { code: "posting.import.errors.tooLarge", params: { kb: IMPORT_LIMITS.maxBytes / 1000 } },
    };
  }
  const text = decodeCsvBytes(bytes);
  if (text === null) return { ok: false, problem: { code: "posting.import.errors.notText" } };
  const parsed = parseCsv(text);
  if (!parsed.ok) {
    const code =
      parsed.problem === "unterminated_quote"
        ? "posting.import.errors.unterminatedQuote"
        : "posting.import.errors.textAfterQuote";
    return { ok: false, problem: { code, params: { row: parsed.record } } };
  }
  const [header, ...records] = parsed.records;
  if (!header || header.every((h) => h.trim() === "")) {
    return { ok: false, problem: { code: "posting.import.errors.empty" } };
  }

  const columns = header.map((h) => h.trim());
  const known = new Set<string>(JOB_COLUMNS);
  const unknown = columns.filter((c) => !known.has(c));
  if (unknown.length > 0) {
    return {
      ok: false,
      problem: { code: "posting.import.errors.unknownColumns", params: { columns: unknown.join(", ") } },
    };
  }
  const repeated = columns.filter((c, i) => columns.indexOf(c) !== i);
  if (repeated.length > 0) {
    return {
      ok: false,
      problem: {
        code: "posting.import.errors.repeatedColumns",
        params: { columns: [...new Set(repeated)].join(", ") },
      },
    };
  }
  const missing = JOB_COLUMNS.filter((c) => !OPTIONAL_COLUMNS.includes(c) && !columns.includes(c));
  if (missing.length > 0) {
    return {
      ok: false,
      problem: { code: "posting.import.errors.missingColumns", params: { columns: missing.join(", ") } },
    };
  }

  // Blank lines are skipped, but rows keep their spreadsheet numbers.
  const dataRows = records
    .map((fields, i) => ({ row: i + 2, fields }))
    .filter(({ fields }) => fields.some((value) => value.trim() !== ""));
  if (dataRows.length === 0) return { ok: false, problem: { code: "posting.import.errors.noRows" } };
  if (dataRows.length > IMPORT_LIMITS.maxRows) {
    return {
      ok: false,
      problem: {
        code: "posting.import.errors.tooManyRows",
        params: { max: IMPORT_LIMITS.maxRows, rows: dataRows.length },
      },
    };
  }

  const schema = jobFieldsSchema(catalogue, { now });
  const rows: CheckedImport["rows"] = [];
  const problems: ImportProblem[] = [];
  for (const { row, fields } of dataRows) {
    // Some tools drop empty cells at the end of a row; more cells than columns is an error.
    if (fields.length > columns.length && fields.slice(columns.length).some((v) => v.trim() !== "")) {
      problems.push({
        row,
        field: "",
        code: "posting.import.errors.columnCount",
        params: { expected: columns.length, found: fields.length },
        severity: "error",
      });
      continue;
    }
    const values = new Map(columns.map((column, i) => [column, fields[i] ?? ""]));
    // The same path as the form: a FormData checked by validateForm with the shared schema.
    const form = new FormData();
    for (const [column, value] of values) form.append(column, value);
    const result = validateForm(form, schema);
    if (!result.ok) {
      for (const [field, errors] of Object.entries(result.errors)) {
        for (const error of errors) {
          problems.push({ row, field, ...error, value: cell(values.get(field) ?? ""), severity: "error" });
        }
      }
      continue;
    }
    rows.push({ row, fields: result.data });
    for (const [field, findings] of Object.entries(checkJobWording(result.data))) {
      for (const finding of findings) {
        problems.push({
          row,
          field,
          code: `posting.wording.${finding.category}`,
          params: { match: finding.match },
          value: cell(values.get(field) ?? ""),
          severity: "warning",
        });
      }
    }
  }
  return { ok: true, checked: { fileRows: dataRows.length, rows, problems } };
}

export function hasErrors(problems: ImportProblem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

// ---------------------------------------------------------------------------------------------
// The JobImport row

/** Keeps a checked file, ready to start; nothing is created yet. */
export function createJobImport(
  db: PrismaClient,
  owner: { companyId: string; userId: string },
  fileName: string,
  checked: CheckedImport,
) {
  return db.jobImport.create({
    data: {
      companyId: owner.companyId,
      createdById: owner.userId,
      fileName: fileName.slice(0, 200),
      status: "VALIDATED",
      rows: checked.rows as unknown as Prisma.InputJsonValue,
      problems: checked.problems as unknown as Prisma.InputJsonValue,
      total: checked.rows.length,
    },
    select: { id: true },
  });
}

const storedProblems = z.array(
  z.object({
    row: z.number().int(),
    field: z.string(),
    code: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    value: z.string().optional(),
    severity: z.enum(["error", "warning"]),
  }),
);

/** Rows in the file: those kept, and those an error kept out. */
function fileRowsOf(total: number, problems: ImportProblem[]): number {
  return total + new Set(problems.filter((p) => p.severity === "error").map((p) => p.row)).size;
}

export interface JobImportView {
  id: string;
  fileName: string;
  status: JobImportStatus;
  total: number;
  done: number;
  error: string | null;
  createdAt: Date;
  fileRows: number;
  problems: ImportProblem[];
}

/** One of the company's imports (null for another company's). */
export async function getJobImport(db: PrismaClient, companyId: string, id: string): Promise<JobImportView | null> {
  const row = await db.jobImport.findFirst({
    where: { id, companyId },
    select: {
      id: true,
      fileName: true,
      status: true,
      total: true,
      done: true,
      error: true,
      createdAt: true,
      problems: true,
    },
  });
  if (!row) return null;
  const { problems, ...rest } = row;
  const list = storedProblems.safeParse(problems).data ?? [];
  return { ...rest, fileRows: fileRowsOf(row.total, list), problems: list };
}

/** Progress only, for polling. */
export function getJobImportProgress(db: PrismaClient, companyId: string, id: string) {
  return db.jobImport.findFirst({
    where: { id, companyId },
    select: { status: true, total: true, done: true, error: true },
  });
}

export function listJobImports(db: PrismaClient, companyId: string, take = 10) {
  return db.jobImport.findMany({
    where: { companyId },
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, fileName: true, status: true, total: true, done: true, createdAt: true },
  });
}

export type StartOutcome = "started" | "not-found" | "has-errors" | "nothing-to-import" | "already-started";

/**
 * Starts a checked import: VALIDATED → RUNNING and the queue task, in one transaction (a second
 * click finds it running and adds nothing). A file with errors starts only with `validRowsOnly`.
 */
export function startJobImport(
  db: PrismaClient,
  companyId: string,
  id: string,
  { validRowsOnly }: { validRowsOnly: boolean },
): Promise<StartOutcome> {
  return db.$transaction(async (tx) => {
    const row = await tx.jobImport.findFirst({ where: { id, companyId }, select: { problems: true, total: true } });
    if (!row) return "not-found";
    const problems = storedProblems.safeParse(row.problems);
    if (!validRowsOnly && (!problems.success || hasErrors(problems.data))) return "has-errors";
    if (row.total === 0) return "nothing-to-import";
    const { count } = await tx.jobImport.updateMany({
      where: { id, companyId, status: "VALIDATED" },
      data: { status: "RUNNING" },
    });
    if (count === 0) return "already-started";
    await enqueue(tx, TASK.importJobs, { id }, { jobKey: `${TASK.importJobs}:${id}`, maxAttempts: 5 });
    return "started";
  });
}

const storedRows = z.array(
  z.object({ row: z.number().int(), fields: z.custom<JobFields>((v) => typeof v === "object") }),
);

/** The next batch lost a race with another run of the same import: roll it back. */
class ProgressMoved extends Error {}

/**
 * Runs a started import (the queue's jobs:import task): creates its rows as drafts, BATCH per
 * transaction, moving `done` on with a conditional update in the same transaction. A retry after
 * a crash continues after the last committed batch; a second run of the same import does nothing.
 */
export async function runJobImport(db: PrismaClient, importId: string): Promise<void> {
  const job = await db.jobImport.findUnique({
    where: { id: importId },
    select: { status: true, companyId: true, createdById: true, rows: true, done: true },
  });
  if (!job || job.status !== "RUNNING") return;
  const rows = storedRows.parse(job.rows);
  // Loaded here, not at the top: job.server brings the app's Prisma singleton, which needs the
  // database URL that the worker only knows once it runs.
  const { insertJob, loadCatalogueIds, JobRefusal } = await import("./job.server");
  const ids = await loadCatalogueIds(db);
  const owner = { companyId: job.companyId, userId: job.createdById };
  const now = new Date();

  for (let start = job.done; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    try {
      await db.$transaction(
        async (tx) => {
          for (const { fields } of batch) await insertJob(tx, owner, fields, ids, { now });
          const { count } = await tx.jobImport.updateMany({
            where: { id: importId, status: "RUNNING", done: start },
            data: { done: start + batch.length },
          });
          if (count !== 1) throw new ProgressMoved();
        },
        { timeout: 120_000 },
      );
    } catch (error) {
      if (error instanceof ProgressMoved) return;
      if (error instanceof JobRefusal) {
        // The catalogue changed since the file was checked: say so rather than retry forever.
        await db.jobImport.updateMany({
          where: { id: importId, status: "RUNNING" },
          data: { status: "FAILED", error: "posting.import.errors.catalogueChanged" },
        });
        return;
      }
      throw error; // the queue retries; the next run continues after the last committed batch
    }
  }
  await db.jobImport.updateMany({
    where: { id: importId, status: "RUNNING", done: rows.length },
    data: { status: "DONE" },
  });
}
