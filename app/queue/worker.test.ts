import { afterEach, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { createSearchClient, indexSettings, indexUid } from "../../search";
import { freePort, waitFor } from "../../scripts/lib/processes";
import { queueBacklog } from "./backlog.server";
import { enqueue } from "./enqueue.server";
import { TASK } from "./tasks";
import { startWorker, type Worker } from "./worker.server";

const connectionString = process.env.DATABASE_URL!;
const search = {
  url: process.env.MEILI_URL!,
  apiKey: process.env.MEILI_MASTER_KEY!,
  indexPrefix: process.env.MEILI_INDEX_PREFIX!,
};
const client = createSearchClient(search);
const jobsIndex = indexUid(search.indexPrefix, "jobs");

const running: Worker[] = [];
async function worker(url = search.url) {
  const runner = await startWorker({
    connectionString,
    concurrency: 1,
    search: { ...search, url },
    log: () => undefined,
  });
  running.push(runner);
  return runner;
}

async function settingsApplied() {
  try {
    const settings = await client.index(jobsIndex).getSettings();
    return settings.pagination?.maxTotalHits === indexSettings("jobs").pagination?.maxTotalHits;
  } catch {
    return false;
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((runner) => runner.stop()));
  await prisma.$executeRaw`DELETE FROM graphile_worker._private_jobs`;
  await client.deleteIndex(jobsIndex).waitTask(); // a missing index makes a failed task, which is fine
});

describe("job queue", () => {
  it("counts jobs nobody has picked up as the backlog", async () => {
    await enqueue(prisma, TASK.applySearchSettings, {});
    await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = now() - interval '90 seconds'`;
    const backlog = await queueBacklog(prisma);
    expect(backlog.pending).toBe(1);
    expect(backlog.oldestPendingSeconds).toBeGreaterThanOrEqual(90);
  });

  it("runs a job added inside a transaction once that transaction commits", async () => {
    await worker();
    await prisma.$transaction(async (tx) => {
      await enqueue(tx, TASK.applySearchSettings, {}, { jobKey: TASK.applySearchSettings });
    });
    await waitFor(settingsApplied, { timeoutMs: 30_000, message: "settings were never applied" });
    await waitFor(async () => (await queueBacklog(prisma)).pending === 0, { timeoutMs: 10_000, message: "job left" });
  });

  it("drops a job whose transaction rolled back", async () => {
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueue(tx, TASK.applySearchSettings, {});
        throw new Error("rollback");
      }),
    ).rejects.toThrow("rollback");
    expect((await queueBacklog(prisma)).pending).toBe(0);
  });

  it("keeps a job that fails while Meilisearch is unreachable and retries it later", async () => {
    const deadPort = await freePort();
    await worker(`http://127.0.0.1:${deadPort}`);
    await enqueue(prisma, TASK.applySearchSettings, {});
    const failed = await waitFor(
      async () => {
        const [job] = await prisma.$queryRaw<{ attempts: number; last_error: string | null; run_at: Date }[]>`
          SELECT attempts, last_error, run_at FROM graphile_worker.jobs`;
        return job && job.attempts >= 1 && job.last_error ? job : null;
      },
      { timeoutMs: 30_000, message: "the job never failed" },
    );
    expect(failed.run_at.getTime()).toBeGreaterThan(Date.now() - 1_000); // backed off, not dropped
    expect((await queueBacklog(prisma)).pending).toBe(1);

    // Meilisearch is "back": a worker that reaches it completes the same job on its retry.
    await Promise.all(running.splice(0).map((runner) => runner.stop()));
    await worker();
    await waitFor(settingsApplied, { timeoutMs: 30_000, message: "the retry never applied the settings" });
    await waitFor(async () => (await queueBacklog(prisma)).pending === 0, { timeoutMs: 10_000, message: "job left" });
  });
});
