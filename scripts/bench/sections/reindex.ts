/**
 * Full reindex throughput: `reindexJobs` / `reindexCandidates` as `npm run search:reindex` runs
 * them (read in batches, convert, send, build beside the live index, swap), in documents per
 * second, with where the time went. Run on the target's own data (demo scale or 10×).
 */
import { reindexCandidates, reindexJobs, type IndexName, type ReindexResult } from "../../../search";
import { log } from "../../lib/cli";
import { count, knob, type BenchTarget, type SectionReport } from "../harness";

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The section for `indexes` (the 10× data differs from the demo in its candidates only). */
export function reindexThroughput(indexes: readonly IndexName[] = ["jobs", "candidates"]) {
  return (target: BenchTarget) => measureReindex(target, indexes);
}

async function measureReindex(target: BenchTarget, indexes: readonly IndexName[]): Promise<SectionReport> {
  const runs = Math.max(1, knob("BENCH_REINDEX_RUNS", 1));
  const batchSize = knob("BENCH_REINDEX_BATCH", 0) || undefined;
  const rows: string[][] = [];
  for (const name of indexes) {
    for (let run = 1; run <= runs; run++) {
      log(`bench ${target.name}: reindexing ${name} (run ${run} of ${runs})…`);
      const result: ReindexResult = await (name === "jobs" ? reindexJobs : reindexCandidates)(target.sync, {
        batchSize,
      });
      const rate = result.documents / result.seconds;
      const phases = result.phases;
      rows.push([
        runs > 1 ? `${name} (run ${run})` : name,
        count(result.documents),
        `${result.seconds.toFixed(1)} s`,
        `**${count(rate)}**`,
        phases ? seconds(phases.readMs) : "",
        phases ? seconds(phases.convertMs) : "",
        phases ? seconds(phases.sendMs) : "",
        phases ? seconds(phases.indexingMs) : "",
        phases && phases.indexingMs > 0 ? count(result.documents / (phases.indexingMs / 1000)) : "",
      ]);
    }
  }
  const students = await target.db.studentProfile.count();
  return {
    title: `Full reindex throughput — ${target.name === "demo" ? "demo scale" : "10× candidates"} (${indexes.join(", ")})`,
    method:
      `${target.name === "demo" ? "The demo fair" : "The demo fair plus bench-only generated students (scripts/bench/students.ts)"}: ` +
      `${count(students)} students, of whom the discoverable ones are indexed as candidates. ` +
      `Each run is a full \`reindexJobs\` / \`reindexCandidates\` (read in batches, build beside the live index, swap, catch up), ` +
      `embedded Meilisearch with ${process.env.MEILI_MAX_INDEXING_THREADS || 1} indexing thread(s) and ${process.env.MEILI_MAX_INDEXING_MEMORY || "512MiB"}. ` +
      `Phases overlap (the next batch is read while Meilisearch indexes), so they do not add up to the total.`,
    table: [
      [
        "index",
        "documents",
        "total",
        "documents/s",
        "database read",
        "to documents",
        "send",
        "Meilisearch indexing",
        "Meilisearch alone (docs/s)",
      ],
      ...rows,
    ],
    notes: ["Target: ≥ 2,000 documents/s for both indexes on a 2-core machine."],
  };
}
