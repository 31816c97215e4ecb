/**
 * Job search (issue 3): /api/v1/jobs latency next to the very same multi-search sent straight to
 * Meilisearch, interleaved in one run; and write → searchable, a job edit committed through the
 * app's model function until Meilisearch returns it.
 */
import { waitFor } from "../../lib/processes";
import { knob, ms, stats, timed, type BenchTarget, type SectionReport } from "../harness";

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
const WARMUP = 20;

export async function jobSearchLatency(target: BenchTarget): Promise<SectionReport> {
  const rounds = knob("BENCH_ROUNDS", 200);
  const writes = knob("BENCH_WRITES", 40);
  const portalUrl = await target.portal();
  // The app's modules read their servers from the environment (~/db.server is a singleton).
  Object.assign(process.env, {
    DATABASE_URL: target.databaseUrl,
    MEILI_URL: target.search.url,
    MEILI_MASTER_KEY: target.search.apiKey,
    MEILI_INDEX_PREFIX: target.prefix,
  });
  const { getJobSearchVocabulary } = await import("~/models/job-search.server");
  const { updateJobContent } = await import("~/models/job.server");
  const { buildJobSearch, parseJobSearchParams } = await import("../../../search/job-query");
  const { IDENTITY_ENCODING } = await import("../../../search/client");
  const vocabulary = (await getJobSearchVocabulary()).values;
  const meiliHeaders = {
    ...IDENTITY_ENCODING,
    "Content-Type": "application/json",
    Authorization: `Bearer ${target.search.apiKey}`,
  };

  // 1. API vs direct Meilisearch, the same queries interleaved.
  const api: number[] = [];
  const direct: number[] = [];
  for (let round = -WARMUP; round < rounds; round++) {
    for (const query of QUERIES) {
      const parsed = parseJobSearchParams(new URLSearchParams(query), vocabulary);
      if (!parsed.ok) throw new Error(`bench query ${query}: ${JSON.stringify(parsed.problems)}`);
      const body = JSON.stringify({ queries: buildJobSearch(parsed.params, target.prefix, new Date()) });
      const apiTime = await timed(async () => {
        const response = await fetch(`${portalUrl}/api/v1/jobs?${query}`, { headers: IDENTITY_ENCODING });
        if (!response.ok) throw new Error(`API ${query}: ${response.status}`);
        await response.arrayBuffer();
      });
      const directTime = await timed(async () => {
        const response = await fetch(`${target.search.url}/multi-search`, {
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
  const jobs = await target.db.job.findMany({
    where: { status: "PUBLISHED", validThrough: { gt: new Date(Date.now() + 86_400_000) } },
    select: { id: true, titleEn: true },
    take: writes,
    orderBy: { id: "asc" },
  });
  const delays: number[] = [];
  for (const [i, job] of jobs.entries()) {
    const token = `benchword${Date.now().toString(36)}${i}`;
    const committed = performance.now();
    await updateJobContent(job.id, { titleEn: `${job.titleEn.replace(/ benchword\w+$/, "")} ${token}` });
    await waitFor(
      async () => {
        const response = await fetch(`${target.search.url}/indexes/${target.prefix}jobs/search`, {
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
  const { prisma } = await import("~/db.server");
  await prisma.$disconnect();

  const indexed = (await target.client.index(`${target.prefix}jobs`).getStats()).numberOfDocuments;
  return {
    title: "Job search (issue 3)",
    method:
      `The demo fair, ${indexed.toLocaleString("en")} jobs in the index. ${QUERIES.length} queries (text in Chinese and English, a typo, facets, sorts, deep pages) ` +
      `× ${rounds} rounds after ${WARMUP} warm-up rounds, sequential, API and direct interleaved.`,
    table: [
      ["", "p50", "p95", "samples"],
      [
        "`GET /api/v1/jobs` (validation, rate limit in PostgreSQL, multi-search, hydration from PostgreSQL, JSON)",
        ms(apiStats.p50),
        ms(apiStats.p95),
        String(apiStats.n),
      ],
      [
        "the same multi-search sent straight to Meilisearch",
        ms(directStats.p50),
        ms(directStats.p95),
        String(directStats.n),
      ],
      [
        "ratio API / direct",
        `${(apiStats.p50 / directStats.p50).toFixed(2)}×`,
        `${(apiStats.p95 / directStats.p95).toFixed(2)}×`,
        "",
      ],
      [
        "write → searchable (`updateJobContent` commit until Meilisearch returns the new word)",
        ms(writeStats.p50),
        ms(writeStats.p95),
        String(writeStats.n),
      ],
    ],
    notes: ["Targets: API p50 ≤ 2.0× and p95 ≤ 1.5× direct; write → searchable p95 ≤ 1 s."],
  };
}
