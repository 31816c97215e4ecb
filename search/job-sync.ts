/**
 * Keeping the jobs index equal to the database. `syncJob` is what the queue runs after every job
 * change (payload: the id only); `reindexJobs` rebuilds the whole index beside the live one and
 * swaps it in, so search never goes empty.
 */
import { JOB_DOCUMENT_SELECT, isSearchable, loadJobRow, searchableWhere, toJobDocument } from "./job-documents";
import { rebuildIndex, syncDocument, type ReindexOptions, type ReindexResult, type SyncContext } from "./index-sync";

/** Brings one job's document in line with its row: indexed while searchable, absent otherwise. */
export function syncJob(context: SyncContext, id: string): Promise<"indexed" | "removed"> {
  return syncDocument(context, "jobs", id, {
    lockKey: `search:job:${id}`,
    document: async () => {
      const row = await loadJobRow(context.db, id);
      return row && isSearchable(row, new Date()) ? toJobDocument(row) : null;
    },
  });
}

/**
 * Builds a fresh jobs index from the database next to the live one, swaps them, deletes the old
 * one, then re-syncs the jobs that changed while it was building (their syncs may have gone to the
 * old index).
 */
export async function reindexJobs(context: SyncContext, options: ReindexOptions = {}): Promise<ReindexResult> {
  const { db } = context;
  const startedAt = new Date();
  const where = searchableWhere(startedAt);
  const { documents, phases } = await rebuildIndex(
    context,
    "jobs",
    {
      count: () => db.job.count({ where }),
      rows: (batch) => db.job.findMany({ where, select: JOB_DOCUMENT_SELECT, ...batch }),
      toDocument: toJobDocument,
    },
    { ...options, startedAt },
  );

  const changed = await db.job.findMany({ where: { updatedAt: { gte: startedAt } }, select: { id: true } });
  for (const { id } of changed) await syncJob(context, id);

  return { documents, seconds: (Date.now() - startedAt.getTime()) / 1000, phases };
}
