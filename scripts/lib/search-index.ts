/**
 * Filling the search indexes from the database on the command line (seed, reindex), with a
 * progress bar. The queue's sync jobs keep them current afterwards, and the consistency repair
 * (search/consistency.ts, queued at start-up) fills an empty or outdated Meilisearch.
 */
import type { PrismaClient } from "~/generated/prisma/client";
import {
  createSearchClient,
  reindexCandidates,
  reindexJobs,
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
}

const SOURCES: Record<IndexName, IndexSource> = {
  jobs: {
    label: "Indexing jobs",
    noun: "jobs",
    reindex: reindexJobs,
  },
  candidates: {
    label: "Indexing candidates",
    noun: "candidates",
    reindex: reindexCandidates,
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
