/**
 * What every benchmark section gets: the bench's own PostgreSQL and Meilisearch (embedded, in a
 * data directory of its own, seeded on first use), a Prisma client and a Meilisearch client for
 * them, optionally the portal served against them, and the measuring helpers.
 */
import { makeWorkerUtils } from "graphile-worker";
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Meilisearch } from "meilisearch";
import { parseEnv } from "~/env.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "../../prisma/client";
import { seed } from "../../prisma/seed";
import {
  createSearchClient,
  discoverableWhere,
  reindexCandidates,
  reindexJobs,
  searchableWhere,
  type IndexName,
  type SearchConnection,
  type SyncContext,
} from "../../search";
import { PROJECT_ROOT, log } from "../lib/cli";
import { migrateDeploy } from "../lib/prisma-cli";
import { childEnv, freePort, waitFor } from "../lib/processes";
import { startServices, type Services } from "../lib/services";

// ---------------------------------------------------------------------------------------------
// Measuring

export interface Stats {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  min: number;
  max: number;
  n: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    mean: sorted.reduce((sum, value) => sum + value, 0) / Math.max(1, sorted.length),
    min: sorted[0] ?? Number.NaN,
    max: sorted.at(-1) ?? Number.NaN,
    n: sorted.length,
  };
}

/** Milliseconds `work` took. */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/**
 * Runs `work` `rounds` times after `warmup` unmeasured runs and returns the latencies (ms).
 * `work` gets the round number, so a section can cycle through its queries.
 */
export async function sample(
  work: (round: number) => Promise<unknown>,
  { rounds, warmup = 0 }: { rounds: number; warmup?: number },
): Promise<number[]> {
  const samples: number[] = [];
  for (let round = -warmup; round < rounds; round++) {
    const ms = await timed(() => work(round));
    if (round >= 0) samples.push(ms);
  }
  return samples;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const count = (value: number) => Math.round(value).toLocaleString("en");

/** A number from a BENCH_* variable, or `fallback`. */
export function knob(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

// ---------------------------------------------------------------------------------------------
// Reporting

export interface SectionReport {
  /** Heading of the section in docs/benchmarks.md. */
  title: string;
  /** What was measured and how, one paragraph. */
  method: string;
  /** First row: the header. */
  table: string[][];
  /** Lines under the table (targets, causes). */
  notes?: string[];
}

export function markdownTable(rows: readonly string[][]): string {
  const [head, ...body] = rows;
  if (!head) return "";
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...body.map(line)].join("\n");
}

export function renderSection(report: SectionReport): string {
  return [`### ${report.title}`, "", report.method, "", markdownTable(report.table), "", ...(report.notes ?? [])]
    .join("\n")
    .trimEnd();
}

/** The machine, and how busy it was: other work on a 2-core box changes every number here. */
export function machineDescription(loadAverage: number[] = os.loadavg()): string {
  const cpus = os.cpus();
  return (
    `${cpus[0]?.model.trim() ?? "unknown CPU"}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
    `Node ${process.version}, ${os.platform()} ${os.release()}; load average ${loadAverage.map((l) => l.toFixed(1)).join(" / ")} (1 / 5 / 15 min)`
  );
}

// ---------------------------------------------------------------------------------------------
// The bench's servers

export type TargetName = "demo" | "10x";

/** What a section runs against. */
export interface BenchTarget {
  name: TargetName;
  dataDir: string;
  databaseUrl: string;
  db: PrismaClient;
  search: SearchConnection;
  /** Master-key client with identity encoding (search/client.ts). */
  client: Meilisearch;
  prefix: string;
  /** For search-package functions: `reindexJobs(target.sync)`, `syncJob(target.sync, id)`, … */
  sync: SyncContext;
  /** Rebuilds any index that does not hold as many documents as the database says it should. */
  ensureIndexes(): Promise<void>;
  /** The portal (production build, worker included) served against these servers: its base URL. */
  portal(): Promise<string>;
}

export const TARGET_DIRS: Record<TargetName, string> = {
  demo: path.join(PROJECT_ROOT, ".data", "bench"),
  "10x": path.join(PROJECT_ROOT, ".data", "bench-10x"),
};

/** Documents a live index holds (0 when it does not exist yet). */
export async function indexedCount(target: Pick<BenchTarget, "client" | "prefix">, name: IndexName): Promise<number> {
  try {
    return (await target.client.index(`${target.prefix}${name}`).getStats()).numberOfDocuments;
  } catch {
    return 0;
  }
}

/** Rows of the database that belong in each index. */
export async function expectedCounts(db: PrismaClient): Promise<Record<IndexName, number>> {
  const [jobs, candidates] = await Promise.all([
    db.job.count({ where: searchableWhere(new Date()) }),
    db.studentProfile.count({ where: discoverableWhere() }),
  ]);
  return { jobs, candidates };
}

/**
 * Starts embedded PostgreSQL and Meilisearch on free ports in the target's own data directory
 * (so `npm start` and the tests can run beside it), migrates, seeds the demo fair when the
 * database is empty and lets `prepare` add what the target needs. Indexes are filled and the
 * portal started only when a section asks (a reindex section needs neither). `close` stops all.
 */
export async function openTarget(
  name: TargetName,
  { prepare }: { prepare?: (target: BenchTarget) => Promise<void> } = {},
): Promise<{ target: BenchTarget; close: () => Promise<void> }> {
  const dataDir = TARGET_DIRS[name];
  const relative = path.relative(PROJECT_ROOT, dataDir);
  const env = parseEnv({
    DATA_DIR: dataDir,
    EMBEDDED_PG_PORT: String(await freePort()),
    EMBEDDED_MEILI_PORT: String(await freePort()),
    // The embedded server's indexing limits, as `npm start` would use them (see README).
    MEILI_MAX_INDEXING_MEMORY: process.env.MEILI_MAX_INDEXING_MEMORY,
    MEILI_MAX_INDEXING_THREADS: process.env.MEILI_MAX_INDEXING_THREADS,
    MEILI_BIN: process.env.MEILI_BIN,
    MEILI_BIN_SHA256: process.env.MEILI_BIN_SHA256,
  });
  log(`bench ${name}: starting PostgreSQL and Meilisearch in ${relative}…`);
  const services: Services = await startServices(env, { log: () => undefined });
  let db: PrismaClient | undefined;
  let app: ChildProcess | undefined;
  const close = async () => {
    if (app && app.exitCode === null) {
      const exited = new Promise((resolve) => app!.once("exit", resolve));
      app.kill("SIGTERM");
      await exited;
    }
    await db?.$disconnect();
    await services.stop();
  };
  try {
    await migrateDeploy(services.databaseUrl);
    const utils = await makeWorkerUtils({ connectionString: services.databaseUrl });
    await utils.migrate().finally(() => utils.release());
    if (await seed(services.databaseUrl, { ifEmpty: true, scale: 1, log })) log(`bench ${name}: demo fair seeded.`);

    const client = createSearchClient({ url: services.meiliUrl, apiKey: services.meiliMasterKey });
    const search: SearchConnection = { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: "" };
    const prisma = (db = createPrismaClient(services.databaseUrl));
    let portalUrl: Promise<string> | undefined;
    const target: BenchTarget = {
      name,
      dataDir,
      databaseUrl: services.databaseUrl,
      db: prisma,
      search,
      client,
      prefix: search.indexPrefix,
      sync: { client, prefix: search.indexPrefix, db: prisma },
      async ensureIndexes() {
        const expected = await expectedCounts(prisma);
        for (const index of ["jobs", "candidates"] as const) {
          if ((await indexedCount(target, index)) !== expected[index]) {
            log(`bench ${name}: filling the ${index} index (${count(expected[index])} documents)…`);
            await (index === "jobs" ? reindexJobs : reindexCandidates)(target.sync);
          }
        }
      },
      portal() {
        portalUrl ??= target.ensureIndexes().then(async () => {
          const started = await startPortal(services, dataDir);
          app = started.app;
          return started.url;
        });
        return portalUrl;
      },
    };
    await prepare?.(target);
    return { target, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The production build served as `npm start` serves it (worker included), against the bench's
 * servers given as DATABASE_URL / MEILI_URL, so the bench process and the portal share them.
 */
async function startPortal(services: Services, dataDir: string): Promise<{ app: ChildProcess; url: string }> {
  const port = await freePort();
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PROJECT_ROOT,
    env: childEnv({
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATA_DIR: path.join(dataDir, "portal"),
      DATABASE_URL: services.databaseUrl,
      MEILI_URL: services.meiliUrl,
      MEILI_MASTER_KEY: services.meiliMasterKey,
      SESSION_SECRET: crypto.randomBytes(24).toString("base64url"),
      API_RATE_LIMIT_PER_MINUTE: "100000000",
    }),
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  app.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  try {
    await waitFor(
      () => {
        if (app.exitCode !== null) throw new Error(`the portal exited with code ${app.exitCode}`);
        return output.includes("E-Landing: ready on");
      },
      { timeoutMs: 300_000, message: "the portal did not start within 5 minutes" },
    );
  } catch (error) {
    app.kill("SIGTERM");
    throw error;
  }
  return { app, url: `http://127.0.0.1:${port}` };
}

/** The report file, newest run first. */
export function writeReport(markdown: string): string {
  const file = path.join(PROJECT_ROOT, "docs", "benchmarks.md");
  const header = "# Benchmarks\n\nMeasured with `npm run bench` (not part of `npm test`). Newest first.\n\n";
  const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(header, "") : "";
  fs.writeFileSync(file, `${header}${markdown.trimEnd()}\n\n${previous}`.trimEnd() + "\n");
  return file;
}
