/**
 * Keeping the candidates index equal to the database. `syncCandidate` is what the queue runs after
 * every change of a profile, its sections or its owner's consents (payload: the profile id only);
 * `reindexCandidates` rebuilds the whole index beside the live one and swaps it in.
 */
import {
  CANDIDATE_DOCUMENT_SELECT,
  discoverableWhere,
  isDiscoverable,
  loadCandidateRow,
  toCandidateDocument,
} from "./candidate-documents";
import type { ReindexResult, SyncContext } from "./job-sync";
import { applySettings, ensureIndex, indexSettings, indexUid } from "./settings";

const TASK_TIMEOUT = { timeout: 60_000 };

interface DoneTask {
  status: string;
  uid: number;
  error?: { message: string; code?: string } | null;
}

async function succeeded(task: Promise<DoneTask>, { missingIndexIsFine = false } = {}) {
  const done = await task;
  if (done.status === "succeeded") return;
  // Nothing to delete from an index that does not exist yet.
  if (missingIndexIsFine && done.error?.code === "index_not_found") return;
  throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message}`);
}

/**
 * Brings one student's document in line with the database: indexed while the student is
 * discoverable (confirmed email, current DISCOVERABLE consent), absent otherwise — also when the
 * profile no longer exists (account deleted). Idempotent; throws when Meilisearch fails, so the
 * queue retries. Runs under a per-profile advisory lock, so that two workers syncing the same
 * profile cannot reach Meilisearch in the wrong order.
 */
export async function syncCandidate(
  { client, prefix, db }: SyncContext,
  profileId: string,
): Promise<"indexed" | "removed"> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`search:candidate:${profileId}`}, 0))`;
      // Read through the pool (Prisma loads relations in parallel); the lock alone orders the syncs.
      const row = await loadCandidateRow(db, profileId);
      const index = client.index(indexUid(prefix, "candidates"));
      if (row && isDiscoverable(row)) {
        await succeeded(index.addDocuments([toCandidateDocument(row)], { primaryKey: "id" }).waitTask(TASK_TIMEOUT));
        return "indexed";
      }
      await succeeded(index.deleteDocument(profileId).waitTask(TASK_TIMEOUT), { missingIndexIsFine: true });
      return "removed";
    },
    { timeout: 90_000, maxWait: 30_000 },
  );
}

/** Every document id in an index, page by page. */
async function indexedIds({ client }: SyncContext, uid: string): Promise<string[]> {
  const ids: string[] = [];
  const limit = 1_000;
  for (let offset = 0; ; offset += limit) {
    const page = await client.index(uid).getDocuments<{ id: string }>({ fields: ["id"], limit, offset });
    ids.push(...page.results.map((doc) => doc.id));
    if (page.results.length < limit) return ids;
  }
}

/**
 * Builds a fresh candidates index from the database next to the live one, swaps them and deletes
 * the old one. Then it catches up with what happened while it was building: profiles or consents
 * that changed are synced again, and documents whose student is no longer discoverable (consent
 * withdrawn, account deleted — a deleted row leaves nothing to find by date) are removed.
 */
export async function reindexCandidates(
  context: SyncContext,
  { batchSize = 1_000, onProgress }: { batchSize?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<ReindexResult> {
  const { client, prefix, db } = context;
  const startedAt = new Date();
  const live = indexUid(prefix, "candidates");
  const building = `${live}_rebuild_${startedAt.getTime()}`;
  await applySettings(client, building, indexSettings("candidates"));

  let done = 0;
  try {
    const where = discoverableWhere();
    const total = await db.studentProfile.count({ where });
    onProgress?.(0, total);
    const tasks: Promise<void>[] = [];
    let cursor: string | undefined;
    for (;;) {
      const rows = await db.studentProfile.findMany({
        where,
        select: CANDIDATE_DOCUMENT_SELECT,
        orderBy: { id: "asc" },
        take: batchSize,
        ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      });
      if (rows.length === 0) break;
      cursor = rows.at(-1)!.id;
      const enqueued = await client.index(building).addDocuments(rows.map(toCandidateDocument), { primaryKey: "id" });
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

  const changed = await db.studentProfile.findMany({
    where: {
      OR: [
        { updatedAt: { gte: startedAt } },
        { user: { updatedAt: { gte: startedAt } } },
        { user: { consents: { some: { updatedAt: { gte: startedAt } } } } },
      ],
    },
    select: { id: true },
  });
  for (const { id } of changed) await syncCandidate(context, id);

  const ids = await indexedIds(context, live);
  const stillDiscoverable = new Set<string>();
  for (let i = 0; i < ids.length; i += 1_000) {
    const rows = await db.studentProfile.findMany({
      where: { id: { in: ids.slice(i, i + 1_000) }, ...discoverableWhere() },
      select: { id: true },
    });
    for (const row of rows) stillDiscoverable.add(row.id);
  }
  for (const id of ids) if (!stillDiscoverable.has(id)) await syncCandidate(context, id);

  return { documents: done, seconds: (Date.now() - startedAt.getTime()) / 1000 };
}
