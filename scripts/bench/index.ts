/**
 * `npm run bench`: the speed goals, measured on realistic data rather than in tests. Runs the
 * sections listed in sections/index.ts against the bench's own embedded servers — `.data/bench`
 * (the demo fair) and `.data/bench-10x` (the demo plus generated students up to BENCH_STUDENTS),
 * each seeded on first use — prints the tables and adds them to docs/benchmarks.md.
 *
 * Knobs: BENCH_SECTIONS (ids, comma-separated; default all), BENCH_ROUNDS, BENCH_WRITES,
 * BENCH_STUDENTS (default 60,000), BENCH_REINDEX_RUNS (default 1), BENCH_REINDEX_BATCH,
 * BENCH_NO_WRITE=1 (do not touch docs/benchmarks.md); MEILI_MAX_INDEXING_* as for `npm start`.
 */
import os from "node:os";
import { log, runCommand } from "../lib/cli";
import { progressBar } from "../lib/progress";
import { count, knob, machineDescription, openTarget, renderSection, writeReport } from "./harness";
import { SECTIONS } from "./sections";
import { addBenchStudents } from "./students";

runCommand(async () => {
  const started = performance.now();
  const loadAtStart = os.loadavg();
  const wanted = process.env.BENCH_SECTIONS?.split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = wanted?.filter((id) => !SECTIONS.some((section) => section.id === id)) ?? [];
  if (unknown.length > 0) {
    throw new Error(`Unknown BENCH_SECTIONS ${unknown.join(", ")}; known: ${SECTIONS.map((s) => s.id).join(", ")}`);
  }
  const sections = SECTIONS.filter((section) => !wanted || wanted.includes(section.id));
  const students = knob("BENCH_STUDENTS", 60_000);

  const blocks: string[] = [];
  const targets = [...new Set(sections.map((section) => section.target))];
  for (const name of targets) {
    const mine = sections.filter((section) => section.target === name);
    const { target, close } = await openTarget(name, {
      prepare:
        name === "10x"
          ? async (target) => {
              const progress = progressBar("Generating bench students");
              const added = await addBenchStudents(target.db, students, {
                onProgress: (done, total) => progress.update(done, total),
              });
              progress.finish(`${count(added)} students added`);
            }
          : undefined,
    });
    try {
      for (const section of mine) {
        log(`bench ${name}: ${section.id}…`);
        const block = renderSection(await section.run(target));
        console.log(`\n${block}\n`);
        blocks.push(block);
      }
    } finally {
      await close();
    }
  }

  const minutes = ((performance.now() - started) / 60_000).toFixed(1);
  const report = [
    `## ${new Date().toISOString().slice(0, 10)} — \`npm run bench\` (${sections.map((s) => s.id).join(", ")})`,
    "",
    `Machine: ${machineDescription(loadAtStart)} at the start, ${os.loadavg()[0]!.toFixed(1)} at the end. The whole run took ${minutes} min.`,
    "",
    blocks.join("\n\n"),
  ].join("\n");
  if (process.env.BENCH_NO_WRITE) return;
  writeReport(report);
  log("results written to docs/benchmarks.md");
});
