import { describe, expect, it } from "vitest";
import { durationMs } from "../../search/index-sync";
import { buildDemo, createDemoContext } from "../../prisma/seed/demo";
import { createStudentPool } from "../../prisma/seed/demo";
import { markdownTable, percentile, stats } from "./harness";
import { buildBenchStudents } from "./students";

const NOW = new Date("2026-11-26T02:00:00Z");

describe("bench statistics", () => {
  it("takes nearest-rank percentiles of the samples", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted on purpose
    expect(stats(samples)).toMatchObject({ p50: 50, p95: 95, p99: 99, min: 1, max: 100, n: 100, mean: 50.5 });
    expect(percentile([7], 95)).toBe(7);
    expect(Number.isNaN(stats([]).p50)).toBe(true);
  });

  it("reads Meilisearch's ISO 8601 durations", () => {
    expect(durationMs("PT27.510607888S")).toBeCloseTo(27_510.6, 1);
    expect(durationMs("PT1M2.5S")).toBe(62_500);
    expect(durationMs("PT0.000123S")).toBeCloseTo(0.123, 3);
    expect(durationMs(null)).toBe(0);
  });

  it("renders a markdown table with its header rule", () => {
    expect(
      markdownTable([
        ["a", "b"],
        ["1", "2"],
      ]),
    ).toBe("| a | b |\n| --- | --- |\n| 1 | 2 |");
  });
});

describe("bench-only students", () => {
  it("continue the demo's student factory: the first ones are the seed's own students", () => {
    const ctx = createDemoContext({ now: NOW });
    const demo = buildDemo(ctx, { scale: 0.01 });
    const pool = createStudentPool(ctx, demo);
    const seeded = demo.accounts!.students;
    expect(buildBenchStudents(ctx, pool, 0, seeded.length)).toEqual(seeded);
  });

  it("numbers further students on from there, unique, about a third of them discoverable", () => {
    const ctx = createDemoContext({ now: NOW });
    const pool = createStudentPool(ctx, buildDemo(ctx, { scale: 0.01, accounts: false }));
    const extra = buildBenchStudents(ctx, pool, 6_000, 6_300);
    expect(extra[0]!.user.email).toMatch(/^student6001@/);
    expect(new Set(extra.map((s) => s.user.email)).size).toBe(300);
    expect(new Set(extra.map((s) => s.profile.id)).size).toBe(300);
    const discoverable = extra.filter((s) =>
      s.consents.some((c) => c.purpose === "DISCOVERABLE" && c.withdrawnAt === null),
    ).length;
    expect(discoverable / extra.length).toBeGreaterThan(0.15);
    expect(discoverable / extra.length).toBeLessThan(0.5);
  });
});
