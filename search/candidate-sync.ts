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
import { rebuildIndex, syncDocument, type ReindexOptions, type ReindexResult, type SyncContext } from "./index-sync";
import { indexUid } from "./settings";

/**
 * Brings one student's document in line with the database: indexed while the student is
 * discoverable (confirmed email, current DISCOVERABLE consent), absent otherwise — also when the
 * profile no longer exists (account deleted).
 */
export function syncCandidate(context: SyncContext, profileId: string): Promise<"indexed" | "removed"> {
  return syncDocument(context, "candidates", profileId, {
    lockKey: `search:candidate:${profileId}`,
    document: async () => {
      const row = await loadCandidateRow(context.db, profileId);
      return row && isDiscoverable(row) ? toCandidateDocument(row) : null;
    },
    // Nothing to remove before the index has been created.
    missingIndexIsFine: true,
  });
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
export async function reindexCandidates(context: SyncContext, options: ReindexOptions = {}): Promise<ReindexResult> {
  const { db } = context;
  const startedAt = new Date();
  const where = discoverableWhere();
  const { documents, phases } = await rebuildIndex(
    context,
    "candidates",
    {
      count: () => db.studentProfile.count({ where }),
      rows: (batch) => db.studentProfile.findMany({ where, select: CANDIDATE_DOCUMENT_SELECT, ...batch }),
      toDocument: toCandidateDocument,
    },
    { ...options, startedAt },
  );

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

  const ids = await indexedIds(context, indexUid(context.prefix, "candidates"));
  const stillDiscoverable = new Set<string>();
  for (let i = 0; i < ids.length; i += 1_000) {
    const rows = await db.studentProfile.findMany({
      where: { id: { in: ids.slice(i, i + 1_000) }, ...discoverableWhere() },
      select: { id: true },
    });
    for (const row of rows) stillDiscoverable.add(row.id);
  }
  for (const id of ids) if (!stillDiscoverable.has(id)) await syncCandidate(context, id);

  return { documents, seconds: (Date.now() - startedAt.getTime()) / 1000, phases };
}
