/**
 * The search sync end to end: a change committed through the app's model functions reaches the
 * index through the queue; a change made while Meilisearch is unreachable is retried, never lost.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { closeJob, updateJobContent } from "~/models/job.server";
import { searchPublicJobs } from "~/models/job-search.server";
import { seedSmallDemo, testSearch } from "../scripts/test/demo";
import { startTestWorker, stopTestWorkers } from "../scripts/test/workers";
import { freePort, waitFor } from "../scripts/lib/processes";
import { createSearchClient } from "./client";
import { reindexJobs, syncJob } from "./job-sync";
import { indexUid } from "./settings";

const client = createSearchClient(testSearch);
const jobsIndex = () => client.index(indexUid(testSearch.indexPrefix, "jobs"));
async function indexed(id: string) {
  try {
    return await jobsIndex().getDocument(id);
  } catch {
    return null;
  }
}

async function searchIds(q: string) {
  const outcome = await searchPublicJobs(new URLSearchParams({ q }));
  return outcome.status === "ok" ? outcome.result.jobs.map((job) => job.id) : [];
}

beforeAll(() => seedSmallDemo(), 180_000);

afterEach(() => stopTestWorkers());

describe("search sync", () => {
  it("makes an edited job findable by its new words", async () => {
    await startTestWorker();
    const job = await prisma.job.findFirstOrThrow({ where: { status: "PUBLISHED", validThrough: { gt: new Date() } } });
    await updateJobContent(job.id, { titleZh: "海豚湾跨境选品专员", titleEn: "Dolphinbay sourcing specialist" });
    await waitFor(async () => (await searchIds("dolphinbay")).includes(job.id), {
      timeoutMs: 10_000,
      message: "the edit never became searchable",
    });
    expect(await searchIds("海豚湾")).toContain(job.id);
  });

  it("never shows a job closed while Meilisearch was down, and removes it once it is back", async () => {
    const job = await prisma.job.findFirstOrThrow({
      where: { status: "PUBLISHED", validThrough: { gt: new Date() } },
      orderBy: { id: "desc" },
    });
    await updateJobContent(job.id, { titleEn: "Quokkaline marketing assistant" });
    await syncJob({ client, prefix: testSearch.indexPrefix, db: prisma }, job.id);
    expect(await searchIds("quokkaline")).toContain(job.id);

    // Meilisearch "down" for the worker: the sync job fails and waits for its retry.
    await startTestWorker({ url: `http://127.0.0.1:${await freePort()}` });
    await closeJob(job.id);
    await waitFor(
      async () => {
        const [row] = await prisma.$queryRaw<{ attempts: number }[]>`
          SELECT attempts FROM graphile_worker.jobs WHERE key = ${`search:sync-job:${job.id}`}`;
        return (row?.attempts ?? 0) >= 1;
      },
      { timeoutMs: 15_000, message: "the sync was never attempted" },
    );
    expect(await indexed(job.id)).not.toBeNull(); // the index still lists it…
    expect(await searchIds("quokkaline")).not.toContain(job.id); // …search does not show it

    await stopTestWorkers();
    await startTestWorker();
    await waitFor(async () => (await indexed(job.id)) === null, {
      timeoutMs: 30_000,
      message: "the closed job never left the index",
    });
  });

  it("is idempotent: syncing twice gives the same document", async () => {
    const job = await prisma.job.findFirstOrThrow({ where: { status: "PUBLISHED", validThrough: { gt: new Date() } } });
    const context = { client, prefix: testSearch.indexPrefix, db: prisma };
    expect(await syncJob(context, job.id)).toBe("indexed");
    const once = await indexed(job.id);
    expect(await syncJob(context, job.id)).toBe("indexed");
    expect(await indexed(job.id)).toEqual(once);
  });
});

describe("reindex", () => {
  it("swaps in a complete new index and leaves no building index behind", async () => {
    const before = (await jobsIndex().getStats()).numberOfDocuments;
    const result = await reindexJobs({ client, prefix: testSearch.indexPrefix, db: prisma });
    expect(result.documents).toBe(before);
    expect((await jobsIndex().getStats()).numberOfDocuments).toBe(before);
    const { results } = await client.getIndexes({ limit: 1000 });
    expect(
      results.filter((index) => index.uid.startsWith(`${indexUid(testSearch.indexPrefix, "jobs")}_rebuild`)),
    ).toEqual([]);
  });
});
