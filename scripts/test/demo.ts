/**
 * A small slice of the demo fair (same factories as the full seed) in this test file's database,
 * indexed under its prefix. For integration tests of search.
 */
import { createPrismaClient } from "../../prisma/client";
import { seed } from "../../prisma/seed";
import { applyIndexSettings, createSearchClient, reindexJobs, type SearchConnection } from "../../search";

export const testSearch: SearchConnection = {
  url: process.env.MEILI_URL!,
  apiKey: process.env.MEILI_MASTER_KEY!,
  indexPrefix: process.env.MEILI_INDEX_PREFIX!,
};

export async function seedSmallDemo({ scale = 0.02 } = {}): Promise<void> {
  const url = process.env.DATABASE_URL!;
  await seed(url, { scale, log: () => undefined, quiet: true });
  const client = createSearchClient(testSearch);
  await applyIndexSettings(client, testSearch.indexPrefix);
  const db = createPrismaClient(url);
  try {
    await reindexJobs({ client, prefix: testSearch.indexPrefix, db });
  } finally {
    await db.$disconnect();
  }
}
