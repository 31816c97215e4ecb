/**
 * Filling the jobs index from the database on the command line (start-up, seed, reindex), with a
 * progress bar. The queue's sync jobs keep it current afterwards.
 */
import type { PrismaClient } from "~/generated/prisma/client";
import { createSearchClient, reindexJobs, type ReindexResult, type SearchConnection } from "../../search";
import { progressBar } from "./progress";

export async function rebuildJobsIndex(db: PrismaClient, search: SearchConnection): Promise<ReindexResult> {
  const progress = progressBar("Indexing jobs");
  const result = await reindexJobs(
    { client: createSearchClient(search), prefix: search.indexPrefix, db },
    { onProgress: (done, total) => progress.update(done, total) },
  );
  progress.finish(`${result.documents.toLocaleString("en")} jobs indexed`);
  return result;
}

/** Number of documents in the live jobs index (0 when it does not exist yet). */
export async function indexedJobCount(search: SearchConnection): Promise<number> {
  const client = createSearchClient(search);
  try {
    return (await client.index(`${search.indexPrefix}jobs`).getStats()).numberOfDocuments;
  } catch {
    return 0;
  }
}
