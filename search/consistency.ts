/**
 * Comparing each index with the database, and repairing the differences (ADR 013).
 *
 * What should be indexed is what the sync itself would write: `searchableWhere` + `toJobDocument`
 * for jobs, `discoverableWhere` + `toCandidateDocument` for candidates. Every document carries a
 * `contentHash` of its content, so the index side is read as `id` + `contentHash` only. The
 * database is read in id-ordered batches; only the index's ids and hashes are held in memory.
 *
 * A repair writes each differing document under the same per-document advisory lock as the
 * queue's sync (`search:job:<id>` / `search:candidate:<id>`, see job-sync.ts, candidate-sync.ts)
 * and reloads the rows after taking it, so it can never put back an older state over a newer
 * sync. A check racing live syncs may report a difference that a sync is about to fix; repairing
 * it then just writes the current state again.
 */
import { MeilisearchApiError, type Meilisearch } from "meilisearch";
import type { PrismaClient } from "../app/generated/prisma/client";
import { CANDIDATE_DOCUMENT_SELECT, discoverableWhere, toCandidateDocument } from "./candidate-documents";
import { reindexCandidates } from "./candidate-sync";
import type { ReindexResult, SyncContext } from "./index-sync";
import { JOB_DOCUMENT_SELECT, searchableWhere, toJobDocument } from "./job-documents";
import { reindexJobs } from "./job-sync";
import { INDEX_NAMES, indexUid, type IndexName } from "./settings";

export interface IndexReport {
  index: IndexName;
  /** Documents the database says belong in the index. */
  expected: number;
  /** Documents the index held when the check read it. */
  indexed: number;
  /** In the database, not in the index. */
  missing: number;
  /** In both, with a different content hash. */
  stale: number;
  /** In the index, not (or no longer) in the database. */
  extra: number;
  /** What a repair did; absent on a plain check. */
  repair?: {
    /** The index was missing or empty: rebuilt beside it and swapped in (reindexJobs/reindexCandidates). */
    rebuilt: boolean;
    upserted: number;
    deleted: number;
    seconds: number;
  };
}

export interface ConsistencyOptions {
  /** Fix what differs. */
  repair?: boolean;
  /** Rows per database read and documents per Meilisearch write. */
  batchSize?: number;
  /** Stops between batches (shutdown during a background repair). */
  signal?: AbortSignal;
}

interface Source {
  lockKey: (id: string) => string;
  count: (db: PrismaClient) => Promise<number>;
  /** The rows that belong in the index, in id order after `cursor`, or only those among `ids`. */
  documents: (db: PrismaClient, batch: Batch) => Promise<{ id: string; contentHash: string }[]>;
  reindex: (context: SyncContext) => Promise<ReindexResult>;
}

type Batch = { take: number; cursor?: string } | { ids: string[] };

/** The `findMany` arguments of a batch: the given ids, or the next `take` rows in id order. */
function page(batch: Batch) {
  if ("ids" in batch) return { ids: { id: { in: batch.ids } }, args: {} };
  return {
    ids: {},
    args: {
      orderBy: { id: "asc" as const },
      take: batch.take,
      ...(batch.cursor ? { skip: 1, cursor: { id: batch.cursor } } : {}),
    },
  };
}

const SOURCES: Record<IndexName, Source> = {
  jobs: {
    lockKey: (id) => `search:job:${id}`,
    count: (db) => db.job.count({ where: searchableWhere(new Date()) }),
    async documents(db, batch) {
      const { ids, args } = page(batch);
      const rows = await db.job.findMany({
        where: { ...ids, ...searchableWhere(new Date()) },
        select: JOB_DOCUMENT_SELECT,
        ...args,
      });
      return rows.map(toJobDocument);
    },
    reindex: (context) => reindexJobs(context),
  },
  candidates: {
    lockKey: (id) => `search:candidate:${id}`,
    count: (db) => db.studentProfile.count({ where: discoverableWhere() }),
    async documents(db, batch) {
      const { ids, args } = page(batch);
      const rows = await db.studentProfile.findMany({
        where: { ...ids, ...discoverableWhere() },
        select: CANDIDATE_DOCUMENT_SELECT,
        ...args,
      });
      return rows.map(toCandidateDocument);
    },
    reindex: (context) => reindexCandidates(context),
  },
};

const TASK_TIMEOUT = { timeout: 300_000 };

function isIndexNotFound(error: unknown): boolean {
  return error instanceof MeilisearchApiError && error.cause?.code === "index_not_found";
}

/** id → contentHash of every document in the index (null when it has none); null when the index does not exist. */
async function indexedHashes(client: Meilisearch, uid: string): Promise<Map<string, string | null> | null> {
  const hashes = new Map<string, string | null>();
  const limit = 10_000;
  try {
    for (let offset = 0; ; offset += limit) {
      const { results } = await client
        .index(uid)
        .getDocuments<{ id: string; contentHash?: string }>({ fields: ["id", "contentHash"], limit, offset });
      for (const doc of results) hashes.set(String(doc.id), doc.contentHash ?? null);
      if (results.length < limit) return hashes;
    }
  } catch (error) {
    if (isIndexNotFound(error)) return null;
    throw error;
  }
}

async function succeeded(task: Promise<{ status: string; uid: number; error?: { message: string } | null }>) {
  const done = await task;
  if (done.status !== "succeeded")
    throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message}`);
}

/**
 * Brings the documents `ids` in line with the database, like the queue's sync does for one: under
 * their advisory locks (taken in id order, so two repairs cannot deadlock), the rows are read
 * after the locks are held, present ones upserted, the rest deleted, and Meilisearch's tasks
 * awaited before the locks are released.
 */
async function repairDocuments(
  { client, prefix, db }: SyncContext,
  name: IndexName,
  ids: string[],
): Promise<{ upserted: number; deleted: number }> {
  if (ids.length === 0) return { upserted: 0, deleted: 0 };
  const source = SOURCES[name];
  const index = client.index(indexUid(prefix, name));
  const keys = [...ids].sort().map(source.lockKey);
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`
        SELECT pg_advisory_xact_lock(hashtextextended(key, 0))
        FROM (SELECT unnest(${keys}::text[]) AS key ORDER BY 1) AS sorted`;
      // Read through the pool (as syncDocument does): the locks alone order the writers.
      const documents = await source.documents(db, { ids });
      const present = new Set(documents.map((doc) => doc.id));
      const gone = ids.filter((id) => !present.has(id));
      if (documents.length > 0) {
        await succeeded(index.addDocuments(documents, { primaryKey: "id" }).waitTask(TASK_TIMEOUT));
      }
      if (gone.length > 0) await succeeded(index.deleteDocuments(gone).waitTask(TASK_TIMEOUT));
      return { upserted: documents.length, deleted: gone.length };
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
}

/** Compares one index with the database; with `repair`, fixes exactly the differences. */
export async function checkIndex(
  context: SyncContext,
  name: IndexName,
  { repair = false, batchSize = 1_000, signal }: ConsistencyOptions = {},
): Promise<IndexReport> {
  const startedAt = Date.now();
  const source = SOURCES[name];
  const { db } = context;
  const indexed = await indexedHashes(context.client, indexUid(context.prefix, name));
  const indexedCount = indexed?.size ?? 0;

  if (indexedCount === 0) {
    // Nothing indexed (a new or wiped Meilisearch): everything is missing, and the full rebuild
    // beside the live index is the fastest way to fill it.
    const expected = await source.count(db);
    const report: IndexReport = { index: name, expected, indexed: 0, missing: expected, stale: 0, extra: 0 };
    if (repair && expected > 0) {
      const rebuilt = await source.reindex(context);
      report.repair = { rebuilt: true, upserted: rebuilt.documents, deleted: 0, seconds: secondsSince(startedAt) };
    } else if (repair) {
      report.repair = { rebuilt: false, upserted: 0, deleted: 0, seconds: secondsSince(startedAt) };
    }
    return report;
  }

  const hashes = indexed!;
  const report: IndexReport = { index: name, expected: 0, indexed: indexedCount, missing: 0, stale: 0, extra: 0 };
  const done = { upserted: 0, deleted: 0 };
  let pending: string[] = [];
  const flush = async (force: boolean) => {
    while (pending.length >= batchSize || (force && pending.length > 0)) {
      const result = await repairDocuments(context, name, pending.splice(0, batchSize));
      done.upserted += result.upserted;
      done.deleted += result.deleted;
    }
  };

  let cursor: string | undefined;
  for (;;) {
    signal?.throwIfAborted();
    const documents = await source.documents(db, { take: batchSize, cursor });
    if (documents.length === 0) break;
    cursor = documents.at(-1)!.id;
    for (const doc of documents) {
      report.expected += 1;
      if (!hashes.has(doc.id)) {
        report.missing += 1;
        pending.push(doc.id);
      } else {
        if (hashes.get(doc.id) !== doc.contentHash) {
          report.stale += 1;
          pending.push(doc.id);
        }
        hashes.delete(doc.id);
      }
    }
    if (repair) await flush(false);
    else pending = [];
  }
  // What is left was indexed but the database no longer wants it.
  report.extra = hashes.size;
  if (repair) {
    pending.push(...hashes.keys());
    await flush(true);
    report.repair = { rebuilt: false, ...done, seconds: secondsSince(startedAt) };
  }
  return report;
}

/** `checkIndex` for every index, one after the other. */
export async function checkIndexes(context: SyncContext, options: ConsistencyOptions = {}): Promise<IndexReport[]> {
  const reports: IndexReport[] = [];
  for (const name of INDEX_NAMES) reports.push(await checkIndex(context, name, options));
  return reports;
}

export function isConsistent(reports: IndexReport[]): boolean {
  return reports.every((report) => report.missing + report.stale + report.extra === 0);
}

/** One line per index, for logs and the command line. */
export function describeReport(report: IndexReport): string {
  const found = `${report.index}: ${report.expected} in the database, ${report.indexed} indexed; ${report.missing} missing, ${report.stale} stale, ${report.extra} extra`;
  if (!report.repair) return `${found}.`;
  const { rebuilt, upserted, deleted, seconds } = report.repair;
  const did = rebuilt ? `rebuilt with ${upserted} documents` : `${upserted} upserted, ${deleted} deleted`;
  return `${found} → ${did} (${seconds.toFixed(1)} s).`;
}

function secondsSince(start: number): number {
  return (Date.now() - start) / 1000;
}
