/**
 * Fault tests of the search sync, on this file's own Meilisearch (the shared one of the test run
 * is never killed): Meilisearch killed and restarted while jobs and profiles are written, and a
 * worker killed between a commit and its sync job. Afterwards the indexes must equal the database
 * exactly: the consistency check finds nothing missing, stale or extra.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { giveConsent, withdrawConsent } from "~/models/consent.server";
import { closeJob, updateJobContent } from "~/models/job.server";
import { STEP_SCHEMAS } from "~/models/profile-forms";
import { applyProfileChange } from "~/models/profile.server";
import { searchSyncLag } from "~/queue/backlog.server";
import { startWorker, type Worker } from "~/queue/worker.server";
import { seed } from "../prisma/seed";
import { PROJECT_ROOT } from "../scripts/lib/cli";
import { childEnv, freePort, isAlive, waitFor } from "../scripts/lib/processes";
import { discoverableWhere } from "./candidate-documents";
import { createSearchClient } from "./client";
import { checkIndexes, isConsistent } from "./consistency";
import { resolveMeilisearchBinary, startEmbeddedMeilisearch, type RunningMeilisearch } from "./embedded-meilisearch";
import { searchableWhere } from "./job-documents";
import { applyIndexSettings, indexUid } from "./settings";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "elanding-faults-"));
const apiKey = crypto.randomBytes(24).toString("base64url");
const prefix = process.env.MEILI_INDEX_PREFIX!;
let meiliPort: number;
let meili: RunningMeilisearch;
let binary: string;

const startMeili = async () =>
  (meili = await startEmbeddedMeilisearch({
    binary,
    dataDir: path.join(root, "meilisearch"),
    port: meiliPort,
    masterKey: apiKey,
    maxIndexingMemory: "256MiB",
    maxIndexingThreads: 1,
  }));

const search = () => ({ url: meili.url, apiKey, indexPrefix: prefix });
const context = () => ({ client: createSearchClient(search()), prefix, db: prisma });

const workers: Worker[] = [];
const children: ChildProcess[] = [];
const log: string[] = [];
async function worker() {
  workers.push(
    await startWorker({
      connectionString: process.env.DATABASE_URL!,
      concurrency: 2,
      search: search(),
      log: (line) => log.push(line),
    }),
  );
}

/** Every search job done (syncs, and the repair queued after an outage). */
const drained = () =>
  waitFor(async () => (await searchSyncLag(prisma)).pending === 0, {
    timeoutMs: 45_000,
    message: "the search jobs never drained",
  });

async function expectIndexesEqualDatabase() {
  const reports = await checkIndexes(context());
  expect(reports.map(({ index, missing, stale, extra }) => ({ index, missing, stale, extra }))).toEqual([
    { index: "jobs", missing: 0, stale: 0, extra: 0 },
    { index: "candidates", missing: 0, stale: 0, extra: 0 },
  ]);
  expect(isConsistent(reports)).toBe(true);
  return reports;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const OUTAGE_MS = 11_000;

beforeAll(async () => {
  binary = await resolveMeilisearchBinary({ binDir: path.resolve(".data/bin") });
  meiliPort = await freePort();
  await startMeili();
  await seed(process.env.DATABASE_URL!, { scale: 0.01, log: () => undefined, quiet: true });
  await applyIndexSettings(context().client, prefix);
  await checkIndexes(context(), { repair: true }); // fills both (empty) indexes
  await expectIndexesEqualDatabase();
}, 180_000);

afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
});

afterAll(async () => {
  await meili?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

describe("search sync under faults", () => {
  it("converges to exactly the database after Meilisearch is killed and restarted mid-write", async () => {
    await worker();
    const jobs = await prisma.job.findMany({
      where: searchableWhere(new Date()),
      orderBy: { id: "asc" },
      take: 12,
      select: { id: true },
    });
    const profiles = await prisma.studentProfile.findMany({
      where: discoverableWhere(),
      orderBy: { id: "asc" },
      take: 6,
      select: { id: true, userId: true },
    });
    expect(jobs.length).toBe(12);
    expect(profiles.length).toBeGreaterThanOrEqual(3);

    let writing = false;
    let round = 0;
    let writer: Promise<void> = Promise.resolve();
    /** Writes through the model functions in the background until `stopWriting`. */
    const startWriting = () => {
      writing = true;
      writer = (async () => {
        while (writing) {
          round += 1;
          const job = jobs[round % jobs.length]!;
          await updateJobContent(job.id, { titleEn: `Fault round ${round} listing specialist` });
          if (round % 7 === 0) await closeJob(jobs[(round / 7) % jobs.length]!.id);
          const profile = profiles[round % profiles.length]!;
          await applyProfileChange(
            profile.id,
            STEP_SCHEMAS.about.parse({
              intent: "about",
              headlineZh: `第 ${round} 轮 跨境电商运营`,
              headlineEn: `Round ${round} cross-border operations`,
              summaryZh: "",
              summaryEn: "",
            }),
          );
          if (round % 5 === 0) await withdrawConsent(profile.userId, "DISCOVERABLE");
          if (round % 5 === 2) await giveConsent(profiles[(round + 3) % profiles.length]!.userId, "DISCOVERABLE");
          await sleep(20);
        }
      })();
    };
    const stopWriting = async () => {
      writing = false;
      await writer;
    };

    startWriting();
    await waitFor(() => round >= 5, { timeoutMs: 10_000, message: "no writes" });
    const killed = meili.pid;
    process.kill(killed, "SIGKILL");
    await waitFor(() => !isAlive(killed), { timeoutMs: 5_000, message: "Meilisearch survived SIGKILL" });
    const roundAtKill = round;
    await waitFor(() => round >= roundAtKill + 10, {
      timeoutMs: 20_000,
      message: "writes stopped while search was down",
    });
    await stopWriting();
    // Down long enough for the last syncs to fail three times: on graphile-worker's own schedule
    // (e, e², e³ s) they would retry only ~20 s after Meilisearch is back.
    await sleep(OUTAGE_MS);
    await startMeili(); // same port, same data directory
    const roundAtRestart = round;
    startWriting();
    await waitFor(() => round >= roundAtRestart + 5, { timeoutMs: 20_000, message: "writes stopped after restart" });
    await stopWriting();

    const started = Date.now();
    await drained();
    const seconds = (Date.now() - started) / 1000;
    await expectIndexesEqualDatabase();
    // The last edit of every job is what the index holds.
    const latest = await prisma.job.findMany({
      where: { id: { in: jobs.map((j) => j.id) }, ...searchableWhere(new Date()) },
      select: { id: true, titleEn: true },
    });
    const index = context().client.index(indexUid(prefix, "jobs"));
    for (const job of latest) expect((await index.getDocument(job.id)).titleEn).toBe(job.titleEn);
    // The worker noticed Meilisearch's return and retried at once instead of waiting for the backoff.
    expect(seconds, log.join("\n")).toBeLessThan(8);
    expect(log.join("\n")).toContain("Meilisearch is reachable again");
  });

  it("loses nothing when the worker is killed between a commit and its sync job", async () => {
    // A real worker process (npm run worker), killed with SIGKILL.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
      cwd: PROJECT_ROOT,
      env: childEnv({
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: process.env.DATABASE_URL,
        MEILI_URL: meili.url,
        MEILI_MASTER_KEY: apiKey,
        MEILI_INDEX_PREFIX: prefix,
        SESSION_SECRET: process.env.SESSION_SECRET,
      }),
    });
    children.push(child);
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(() => output.includes("worker running"), { timeoutMs: 30_000, message: "the worker never ran" });
    child.kill("SIGKILL");
    await new Promise((resolve) => child.once("exit", resolve));

    const job = await prisma.job.findFirstOrThrow({ where: searchableWhere(new Date()), orderBy: { id: "desc" } });
    const profile = await prisma.studentProfile.findFirstOrThrow({
      where: discoverableWhere(),
      orderBy: { id: "desc" },
    });
    await updateJobContent(job.id, { titleEn: "Axolotlian marketplace analyst" });
    await applyProfileChange(
      profile.id,
      STEP_SCHEMAS.about.parse({
        intent: "about",
        headlineZh: "美西螈 跨境运营",
        headlineEn: "Axolotlian operations",
        summaryZh: "",
        summaryEn: "",
      }),
    );
    // Committed, with their sync jobs waiting in the queue and nobody to run them.
    expect((await searchSyncLag(prisma)).pending).toBe(2);
    const { client } = context();
    expect((await client.index(indexUid(prefix, "jobs")).getDocument(job.id)).titleEn).not.toBe(
      "Axolotlian marketplace analyst",
    );

    await worker();
    await drained();
    expect((await client.index(indexUid(prefix, "jobs")).getDocument(job.id)).titleEn).toBe(
      "Axolotlian marketplace analyst",
    );
    expect((await client.index(indexUid(prefix, "candidates")).getDocument(profile.id)).headlineEn).toBe(
      "Axolotlian operations",
    );
    await expectIndexesEqualDatabase();
  });
});
