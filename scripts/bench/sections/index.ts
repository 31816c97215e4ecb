/**
 * The benchmark sections `npm run bench` runs, in this order. Each names the data it runs against
 * (`demo`: the demo fair in .data/bench; `10x`: the demo plus generated students in
 * .data/bench-10x); it gets a BenchTarget (Prisma client, Meilisearch client and prefix,
 * SyncContext, `ensureIndexes()`, `portal()`) and returns a table for docs/benchmarks.md.
 * `BENCH_SECTIONS=id,id` runs a subset.
 *
 * Adding a measurement: write `async (target) => SectionReport` that first awaits
 * `target.ensureIndexes()`, then calls the search package directly with `target.sync` /
 * `target.db` and measures with harness.ts's `sample` and `stats`; list it here, after the
 * reindex section of its target (the indexes are then already full).
 */
import type { BenchTarget, SectionReport, TargetName } from "../harness";
import { jobSearchLatency } from "./job-search";
import { matchingLatency } from "./matching";
import { reindexThroughput } from "./reindex";

export interface BenchSection {
  id: string;
  target: TargetName;
  run: (target: BenchTarget) => Promise<SectionReport>;
}

export const SECTIONS: readonly BenchSection[] = [
  { id: "reindex", target: "demo", run: reindexThroughput(["jobs", "candidates"]) },
  { id: "job-search", target: "demo", run: jobSearchLatency },
  { id: "matching", target: "demo", run: matchingLatency },
  { id: "reindex-10x", target: "10x", run: reindexThroughput(["candidates"]) },
  { id: "matching-10x", target: "10x", run: matchingLatency },
];
