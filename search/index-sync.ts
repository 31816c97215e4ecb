/**
 * What the jobs and candidates sync share: the context they run in, waiting for Meilisearch
 * tasks, syncing one document, and rebuilding a whole index beside the live one so that search
 * never goes empty.
 */
import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "../app/generated/prisma/client";
import { applySettings, ensureIndex, indexSettings, indexUid, type IndexName } from "./settings";

export interface SyncContext {
  client: Meilisearch;
  prefix: string;
  db: PrismaClient;
}

export interface ReindexResult {
  documents: number;
  seconds: number;
  /** Where the rebuild spent its time (what the bench reports). */
  phases?: RebuildPhases;
}

export interface ReindexOptions {
  /** Rows read and documents sent per request (default 2,000). */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

const TASK_TIMEOUT = { timeout: 60_000 };

interface DoneTask {
  status: string;
  uid: number;
  error?: { message: string; code?: string } | null;
}

/** Waits for a task and throws unless it succeeded (a delete from an index not yet created may be fine). */
async function succeeded(task: Promise<DoneTask>, { missingIndexIsFine = false } = {}): Promise<void> {
  const done = await task;
  if (done.status === "succeeded") return;
  if (missingIndexIsFine && done.error?.code === "index_not_found") return;
  throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message}`);
}

/**
 * Brings one document of index `name` in line with the database: `document` reads what should be
 * indexed (null when nothing should: the row is gone or must not be found) and the index gets it
 * or loses it. Idempotent; throws when Meilisearch fails, so the queue retries. Runs under a
 * per-document advisory lock (`lockKey`), so two workers syncing the same document (an old and a
 * new change) cannot reach Meilisearch in the wrong order.
 */
export async function syncDocument(
  { client, prefix, db }: SyncContext,
  name: IndexName,
  id: string,
  {
    lockKey,
    document,
    missingIndexIsFine = false,
  }: {
    lockKey: string;
    document: () => Promise<{ id: string } | null>;
    /** Whether removing from an index not yet created counts as done. */
    missingIndexIsFine?: boolean;
  },
): Promise<"indexed" | "removed"> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lockKey}, 0))`;
      // `document` reads through the pool, not the locked transaction: Prisma loads relations in
      // parallel, which one transaction connection can only queue. The lock alone orders the syncs.
      const wanted = await document();
      const index = client.index(indexUid(prefix, name));
      if (wanted) {
        await succeeded(index.addDocuments([wanted], { primaryKey: "id" }).waitTask(TASK_TIMEOUT));
        return "indexed";
      }
      await succeeded(index.deleteDocument(id).waitTask(TASK_TIMEOUT), { missingIndexIsFine });
      return "removed";
    },
    { timeout: 90_000, maxWait: 30_000 },
  );
}

/** The part of a `findMany` that reads one batch after `cursor`, in id order. */
export interface Batch {
  orderBy: { id: "asc" };
  take: number;
  skip?: number;
  cursor?: { id: string };
}

/** Where a rebuild spent its time (milliseconds); the phases overlap, so they do not add up. */
export interface RebuildPhases {
  /** Reading rows with their relations from the database. */
  readMs: number;
  /** Turning rows into checked documents. */
  convertMs: number;
  /** Sending the documents to Meilisearch (serialising included). */
  sendMs: number;
  /** Meilisearch indexing them: the summed durations of the batches that processed them. */
  indexingMs: number;
}

/** ISO 8601 durations as Meilisearch writes them ("PT1M2.5S") → milliseconds. */
export function durationMs(iso: string | null | undefined): number {
  const match = /^PT(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?$/.exec(iso ?? "");
  if (!match) return 0;
  const [, hours = "0", minutes = "0", secs = "0"] = match;
  return ((Number(hours) * 60 + Number(minutes)) * 60 + Number(secs)) * 1000;
}

/**
 * Builds index `name` afresh next to the live one — `count` rows, read batch by batch with `rows`
 * and turned into documents — swaps the two and deletes the old one (or the half-built one, when
 * building fails). Returns how many documents went in and where the time went; catching up with
 * changes made meanwhile is the caller's part.
 *
 * Meilisearch's own indexing bounds the throughput (docs/benchmarks.md), so reading the next batch
 * overlaps sending this one, and only the last task is polled: polling each one every 50 ms meant
 * hundreds of requests a second to the server busy indexing, on the same 2 cores.
 */
export async function rebuildIndex<Row extends { id: string }>(
  { client, prefix }: SyncContext,
  name: IndexName,
  source: {
    count: () => Promise<number>;
    rows: (batch: Batch) => Promise<Row[]>;
    toDocument: (row: Row) => { id: string };
  },
  { batchSize = 2_000, onProgress, startedAt }: ReindexOptions & { startedAt: Date },
): Promise<{ documents: number; phases: RebuildPhases }> {
  const live = indexUid(prefix, name);
  const building = `${live}_rebuild_${startedAt.getTime()}`;
  await applySettings(client, building, indexSettings(name));

  const phases: RebuildPhases = { readMs: 0, convertMs: 0, sendMs: 0, indexingMs: 0 };
  const read = async (cursor: string | undefined) => {
    const start = performance.now();
    const rows = await source.rows({
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    phases.readMs += performance.now() - start;
    return rows;
  };

  let done = 0;
  try {
    const total = await source.count();
    onProgress?.(0, total);
    const taskUids: number[] = [];
    let next = read(undefined);
    next.catch(() => undefined);
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      // Read ahead while this batch is converted and sent.
      next = rows.length < batchSize ? Promise.resolve([]) : read(rows.at(-1)!.id);
      next.catch(() => undefined); // a failure surfaces at the next await; never as unhandled
      let start = performance.now();
      const documents = rows.map(source.toDocument);
      phases.convertMs += performance.now() - start;
      start = performance.now();
      const enqueued = await client.index(building).addDocuments(documents, { primaryKey: "id" });
      phases.sendMs += performance.now() - start;
      taskUids.push(enqueued.taskUid);
      done += rows.length;
      onProgress?.(done, total);
    }
    // An index's tasks run in the order they were enqueued: once the last has finished, all have.
    if (taskUids.length > 0) {
      await client.tasks.waitForTask(taskUids.at(-1)!, { timeout: 1_800_000, interval: 100 });
      phases.indexingMs = await assertAllSucceeded(client, taskUids);
    }

    await ensureIndex(client, live);
    await succeeded(client.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask(TASK_TIMEOUT));
  } finally {
    await succeeded(client.deleteIndex(building).waitTask(TASK_TIMEOUT), { missingIndexIsFine: true });
  }
  return { documents: done, phases };
}

/** Throws unless every task succeeded; returns the summed duration of the batches that ran them. */
async function assertAllSucceeded(client: Meilisearch, taskUids: number[]): Promise<number> {
  const batchUids = new Set<number>();
  for (let i = 0; i < taskUids.length; i += 500) {
    const uids = taskUids.slice(i, i + 500);
    const { results } = await client.tasks.getTasks({ uids, limit: uids.length });
    for (const task of results) {
      if (task.status !== "succeeded") {
        throw new Error(`Meilisearch task ${task.uid} ${task.status}: ${task.error?.message ?? "not finished"}`);
      }
      if (task.batchUid !== null) batchUids.add(task.batchUid);
    }
    if (results.length !== uids.length) throw new Error(`Meilisearch lost tasks among ${uids.join(", ")}`);
  }
  let indexingMs = 0;
  for (const uid of batchUids) indexingMs += durationMs((await client.batches.getBatch(uid)).duration);
  return indexingMs;
}
