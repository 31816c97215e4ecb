/**
 * `npm run bench`: speed goals measured on the full demo fair (15,000 jobs), not in tests.
 *   1. /api/v1/jobs latency next to the very same Meilisearch requests sent straight to
 *      Meilisearch, interleaved in one run (p50/p95 and their ratio);
 *   2. write → searchable: a job edit committed through the app until Meilisearch returns it.
 * Runs the production build (as `npm start` does) on its own data directory `.data/bench`, seeded
 * on first use, and writes the results to docs/benchmarks.md.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT, log, runCommand } from "../lib/cli";
import { childEnv, freePort, waitFor } from "../lib/processes";

const DATA_DIR = path.join(PROJECT_ROOT, ".data", "bench");
const QUERIES = [
  "",
  "q=运营",
  "q=跨境电商",
  "q=amazon",
  "q=amazn",
  "q=海外仓",
  "q=tiktok&sort=newest",
  "family=platform-operation",
  "city=hangzhou&level=JUNIOR",
  "q=客服&language=en",
  "sort=salary&page=3",
  "posted=7d&type=FULL_TIME",
];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const WARMUP = 20;
const WRITES = Number(process.env.BENCH_WRITES ?? 40);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: samples.length };
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

runCommand(async () => {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    DATA_DIR,
    EMBEDDED_PG_PORT: String(await freePort()),
    EMBEDDED_MEILI_PORT: String(await freePort()),
    API_RATE_LIMIT_PER_MINUTE: "100000000",
  };
  log(`starting the portal on .data/bench (the first run seeds 15,000 jobs)…`);
  const app = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: PROJECT_ROOT,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  app.stdout!.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  });
  try {
    await waitFor(() => output.includes("E-Landing: ready on"), {
      timeoutMs: 900_000,
      message: "the portal did not start",
    });
    const lock = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "lock"), "utf8")) as {
      postgresPort: number;
      meiliPort: number;
    };
    const secrets = JSON.parse(fs.readFileSync(path.join(DATA_DIR, "secrets.json"), "utf8")) as {
      postgresPassword: string;
      meiliMasterKey: string;
    };
    // This process talks to the same servers directly, through the app's own modules.
    Object.assign(process.env, {
      DATABASE_URL: `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${lock.postgresPort}/elanding`,
      MEILI_URL: `http://127.0.0.1:${lock.meiliPort}`,
      MEILI_MASTER_KEY: secrets.meiliMasterKey,
      MEILI_INDEX_PREFIX: "",
    });
    const { getJobSearchVocabulary } = await import("~/models/job-search.server");
    const { updateJobContent } = await import("~/models/job.server");
    const { prisma } = await import("~/db.server");
    const { buildJobSearch, parseJobSearchParams } = await import("../../search/job-query");
    const { IDENTITY_ENCODING } = await import("../../search/client");
    const vocabulary = (await getJobSearchVocabulary()).values;
    const meiliHeaders = {
      ...IDENTITY_ENCODING,
      "Content-Type": "application/json",
      Authorization: `Bearer ${secrets.meiliMasterKey}`,
    };

    // 1. API vs direct Meilisearch, the same queries interleaved.
    const api: number[] = [];
    const direct: number[] = [];
    for (let round = -WARMUP; round < ROUNDS; round++) {
      for (const query of QUERIES) {
        const parsed = parseJobSearchParams(new URLSearchParams(query), vocabulary);
        if (!parsed.ok) throw new Error(`bench query ${query}: ${JSON.stringify(parsed.problems)}`);
        const body = JSON.stringify({ queries: buildJobSearch(parsed.params, "", new Date()) });
        const apiTime = await timed(async () => {
          const response = await fetch(`http://127.0.0.1:${port}/api/v1/jobs?${query}`, { headers: IDENTITY_ENCODING });
          if (!response.ok) throw new Error(`API ${query}: ${response.status}`);
          await response.arrayBuffer();
        });
        const directTime = await timed(async () => {
          const response = await fetch(`${process.env.MEILI_URL}/multi-search`, {
            method: "POST",
            headers: meiliHeaders,
            body,
          });
          if (!response.ok) throw new Error(`Meilisearch ${query}: ${response.status}`);
          await response.arrayBuffer();
        });
        if (round >= 0) {
          api.push(apiTime);
          direct.push(directTime);
        }
      }
    }
    const apiStats = stats(api);
    const directStats = stats(direct);

    // 2. Write → searchable, through the app's model function (transaction + queue + worker).
    const jobs = await prisma.job.findMany({
      where: { status: "PUBLISHED", validThrough: { gt: new Date(Date.now() + 86_400_000) } },
      select: { id: true, titleEn: true },
      take: WRITES,
      orderBy: { id: "asc" },
    });
    const delays: number[] = [];
    for (const [i, job] of jobs.entries()) {
      const token = `benchword${Date.now().toString(36)}${i}`;
      const committed = performance.now();
      await updateJobContent(job.id, { titleEn: `${job.titleEn.replace(/ benchword\w+$/, "")} ${token}` });
      await waitFor(
        async () => {
          const response = await fetch(`${process.env.MEILI_URL}/indexes/jobs/search`, {
            method: "POST",
            headers: meiliHeaders,
            body: JSON.stringify({ q: token, limit: 1, attributesToRetrieve: ["id"] }),
          });
          const { hits } = (await response.json()) as { hits: { id: string }[] };
          return hits[0]?.id === job.id;
        },
        { timeoutMs: 30_000, intervalMs: 5, message: `job ${job.id} never became searchable` },
      );
      delays.push(performance.now() - committed);
    }
    const writeStats = stats(delays);
    await prisma.$disconnect();

    const ms = (value: number) => `${value.toFixed(1)} ms`;
    const machine = `${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
    const jobsIndexed = (await (
      await fetch(`${process.env.MEILI_URL}/indexes/jobs/stats`, { headers: meiliHeaders })
    ).json()) as {
      numberOfDocuments: number;
    };
    const report = [
      `## ${new Date().toISOString().slice(0, 10)} — job search (issue 3)`,
      "",
      `Machine: ${machine}. Data: the demo fair, ${jobsIndexed.numberOfDocuments.toLocaleString("en")} jobs in the index. ` +
        `${QUERIES.length} queries (text in Chinese and English, a typo, facets, sorts, deep pages) × ${ROUNDS} rounds after ${WARMUP} warm-up rounds, sequential, API and direct interleaved.`,
      "",
      "| | p50 | p95 | samples |",
      "| --- | --- | --- | --- |",
      `| \`GET /api/v1/jobs\` (validation, rate limit in PostgreSQL, multi-search, hydration from PostgreSQL, JSON) | ${ms(apiStats.p50)} | ${ms(apiStats.p95)} | ${apiStats.n} |`,
      `| the same multi-search sent straight to Meilisearch | ${ms(directStats.p50)} | ${ms(directStats.p95)} | ${directStats.n} |`,
      `| ratio API / direct | ${(apiStats.p50 / directStats.p50).toFixed(2)}× | ${(apiStats.p95 / directStats.p95).toFixed(2)}× | |`,
      `| write → searchable (\`updateJobContent\` commit until Meilisearch returns the new word) | ${ms(writeStats.p50)} | ${ms(writeStats.p95)} | ${writeStats.n} |`,
      "",
      "Targets: API p50 ≤ 2.0× and p95 ≤ 1.5× direct; write → searchable p95 ≤ 1 s.",
      "",
    ].join("\n");
    console.log(`\n${report}`);
    const file = path.join(PROJECT_ROOT, "docs", "benchmarks.md");
    const header = "# Benchmarks\n\nMeasured with `npm run bench` (not part of `npm test`). Newest first.\n\n";
    const previous = fs.existsSync(file) ? fs.readFileSync(file, "utf8").replace(header, "") : "";
    fs.writeFileSync(file, `${header}${report}\n${previous}`);
    log("results written to docs/benchmarks.md");
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => app.once("exit", resolve));
  }
});
