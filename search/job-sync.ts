/**
 * Keeping the jobs index equal to the database. `syncJob` is what the queue runs after every job
 * change (payload: the id only); `reindexJobs` rebuilds the whole index beside the live one and
 * swaps it in, so search never goes empty.
 */
import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "../app/generated/prisma/client";
import { JOB_DOCUMENT_SELECT, isSearchable, loadJobRow, searchableWhere, toJobDocument } from "./job-documents";
import { applySettings, ensureIndex, indexSettings, indexUid } from "./settings";

export interface SyncContext {
  client: Meilisearch;
  prefix: string;
  db: PrismaClient;
}

const TASK_TIMEOUT = { timeout: 60_000 };

async function succeeded(task: Promise<{ status: string; error?: { message: string } | null; uid: number }>) {
  const done = await task;
  if (done.status !== "succeeded")
    throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message}`);
}

/**
 * Brings one job's document in line with its row: indexed while searchable, absent otherwise.
 * Idempotent. Runs under a per-job advisory lock, so two workers syncing the same job (an old
 * and a new change) cannot reach Meilisearch in the wrong order.
 */
export async function syncJob({ client, prefix, db }: SyncContext, id: string): Promise<"indexed" | "removed"> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`search:job:${id}`}, 0))`;
      // Read through the pool, not the locked transaction: Prisma loads relations in parallel, which
      // one transaction connection can only queue. The lock alone orders the syncs of one job.
      const row = await loadJobRow(db, id);
      const index = client.index(indexUid(prefix, "jobs"));
      if (row && isSearchable(row, new Date())) {
        await succeeded(index.addDocuments([toJobDocument(row)], { primaryKey: "id" }).waitTask(TASK_TIMEOUT));
        return "indexed";
      }
      await succeeded(index.deleteDocument(id).waitTask(TASK_TIMEOUT));
      return "removed";
    },
    { timeout: 90_000, maxWait: 30_000 },
  );
}

export interface ReindexResult {
  documents: number;
  seconds: number;
}

/**
 * Builds a fresh jobs index from the database next to the live one, swaps them, deletes the old
 * one, then re-syncs the jobs that changed while it was building (their syncs may have gone to the
 * old index).
 */
export async function reindexJobs(
  { client, prefix, db }: SyncContext,
  { batchSize = 1_000, onProgress }: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReindexResult> {
  const startedAt = new Date();
  const live = indexUid(prefix, "jobs");
  const building = `${live}_rebuild_${startedAt.getTime()}`;
  await applySettings(client, building, indexSettings("jobs"));

  const where = searchableWhere(startedAt);
  const total = await db.job.count({ where });
  onProgress?.(0, total);
  const tasks: Promise<void>[] = [];
  let done = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.job.findMany({
      where,
      select: JOB_DOCUMENT_SELECT,
      orderBy: { id: "asc" },
      take: batchSize,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
    });
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    const enqueued = await client.index(building).addDocuments(rows.map(toJobDocument), { primaryKey: "id" });
    tasks.push(succeeded(client.tasks.waitForTask(enqueued.taskUid, { timeout: 600_000 })));
    done += rows.length;
    onProgress?.(done, total);
  }
  await Promise.all(tasks);

  await ensureIndex(client, live);
  await succeeded(client.swapIndexes([{ indexes: [live, building], rename: false }]).waitTask(TASK_TIMEOUT));
  await succeeded(client.deleteIndex(building).waitTask(TASK_TIMEOUT));

  const changed = await db.job.findMany({ where: { updatedAt: { gte: startedAt } }, select: { id: true } });
  for (const { id } of changed) await syncJob({ client, prefix, db }, id);

  return { documents: done, seconds: (Date.now() - startedAt.getTime()) / 1000 };
}
