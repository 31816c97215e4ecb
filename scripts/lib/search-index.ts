/**
 * Filling the search indexes from the database on the command line (start-up, seed, reindex), with
 * a progress bar. The queue's sync jobs keep them current afterwards.
 */
import type { PrismaClient } from "~/generated/prisma/client";
import {
  createSearchClient,
  discoverableWhere,
  reindexCandidates,
  reindexJobs,
  searchableWhere,
  type IndexName,
  type ReindexResult,
  type SearchConnection,
  type SyncContext,
} from "../../search";
import { progressBar } from "./progress";

interface IndexSource {
  label: string;
  noun: string;
  reindex: typeof reindexJobs;
  /** Rows of the database that belong in the index. */
  count: (db: PrismaClient) => Promise<number>;
}

const SOURCES: Record<IndexName, IndexSource> = {
  jobs: {
    label: "Indexing jobs",
    noun: "jobs",
    reindex: reindexJobs,
    count: (db) => db.job.count({ where: searchableWhere(new Date()) }),
  },
  candidates: {
    label: "Indexing candidates",
    noun: "candidates",
    reindex: reindexCandidates,
    count: (db) => db.studentProfile.count({ where: discoverableWhere() }),
  },
};

export async function rebuildIndex(
  name: IndexName,
  db: PrismaClient,
  search: SearchConnection,
): Promise<ReindexResult> {
  const source = SOURCES[name];
  const progress = progressBar(source.label);
  const context: SyncContext = { client: createSearchClient(search), prefix: search.indexPrefix, db };
  const result = await source.reindex(context, { onProgress: (done, total) => progress.update(done, total) });
  progress.finish(`${result.documents.toLocaleString("en")} ${source.noun} indexed`);
  return result;
}

/** Rebuilds every index. */
export async function rebuildIndexes(db: PrismaClient, search: SearchConnection): Promise<void> {
  for (const name of Object.keys(SOURCES) as IndexName[]) await rebuildIndex(name, db, search);
}

/** Rebuilds the indexes that are empty while the database has rows for them (a new or wiped Meilisearch). */
export async function fillEmptyIndexes(db: PrismaClient, search: SearchConnection): Promise<void> {
  for (const name of Object.keys(SOURCES) as IndexName[]) {
    if ((await indexedCount(name, search)) === 0 && (await SOURCES[name].count(db)) > 0) {
      await rebuildIndex(name, db, search);
    }
  }
}

/** Number of documents in a live index (0 when it does not exist yet). */
export async function indexedCount(name: IndexName, search: SearchConnection): Promise<number> {
  try {
    return (await createSearchClient(search).index(`${search.indexPrefix}${name}`).getStats()).numberOfDocuments;
  } catch {
    return 0;
  }
}
