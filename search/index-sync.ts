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
}

export interface ReindexOptions {
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

/**
 * Builds index `name` afresh next to the live one — `count` rows, read batch by batch with `rows`
 * and turned into documents — swaps the two and deletes the old one (or the half-built one, when
 * building fails). Returns how many documents went in; catching up with changes made meanwhile is
 * the caller's part.
 */
export async function rebuildIndex<Row extends { id: string }>(
  { client, prefix }: SyncContext,
  name: IndexName,
  source: {
    count: () => Promise<number>;
    rows: (batch: Batch) => Promise<Row[]>;
    toDocument: (row: Row) => { id: string };
  },
  { batchSize = 1_000, onProgress, startedAt }: ReindexOptions & { startedAt: Date },
): Promise<number> {
  const live = indexUid(prefix, name);
  const building = `${live}_rebuild_${startedAt.getTime()}`;
  await applySettings(client, building, indexSettings(name));

  let done = 0;
  try {
    const total = await source.count();
    onProgress?.(0, total);
    const tasks: Promise<void>[] = [];
    let cursor: string | undefined;
    for (;;) {
      const rows = await source.rows({
        orderBy: { id: "asc" },
        take: batchSize,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) break;
      cursor = rows.at(-1)!.id;
      const enqueued = await client.index(building).addDocuments(rows.map(source.toDocument), { primaryKey: "id" });
      tasks.push(succeeded(client.tasks.waitForTask(enqueued.taskUid, { timeout: 600_000 })));
      done += rows.length;
      onProgress?.(done, total);
    }
    await Promise.all(tasks);

    await ensureIndex(client, live);
    await succeeded(client.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask(TASK_TIMEOUT));
  } finally {
    await succeeded(client.deleteIndex(building).waitTask(TASK_TIMEOUT), { missingIndexIsFine: true });
  }
  return done;
}
