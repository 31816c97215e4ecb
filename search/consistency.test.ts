/**
 * The consistency check and repair against the real PostgreSQL and Meilisearch: differences
 * made behind the sync's back (a row changed without its sync, a document lost, a document left
 * over, a whole index gone) are counted exactly and repaired exactly.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { seedSmallDemo, testSearch } from "../scripts/test/demo";
import { createSearchClient } from "./client";
import { reindexCandidates } from "./candidate-sync";
import { checkIndex, checkIndexes, isConsistent } from "./consistency";
import { contentHash, withContentHash } from "./content-hash";
import { discoverableWhere } from "./candidate-documents";
import { searchableWhere } from "./job-documents";
import { indexUid } from "./settings";

const client = createSearchClient(testSearch);
const context = { client, prefix: testSearch.indexPrefix, db: prisma };
const index = (name: "jobs" | "candidates") => client.index(indexUid(testSearch.indexPrefix, name));

beforeAll(async () => {
  await seedSmallDemo();
  await reindexCandidates(context);
}, 180_000);

describe("content hash", () => {
  it("ignores key order and the order of sets, and changes with any value", () => {
    const doc = { id: "a", title: "Amazon 运营", skills: ["excel", "sql"], _geo: { lat: 30.2, lng: 120.1 } };
    expect(contentHash(doc)).toBe(
      contentHash({ _geo: { lng: 120.1, lat: 30.2 }, skills: ["sql", "excel"], title: "Amazon 运营", id: "a" }),
    );
    expect(contentHash(withContentHash(doc))).toBe(contentHash(doc)); // its own hash is not hashed
    expect(contentHash({ ...doc, title: "Amazon 运营 " })).not.toBe(contentHash(doc));
    expect(contentHash({ ...doc, skills: ["excel"] })).not.toBe(contentHash(doc));
    expect(contentHash({ ...doc, _geo: { lat: 30.2, lng: 120.2 } })).not.toBe(contentHash(doc));
    expect(contentHash(doc)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("consistency check and repair", () => {
  it("finds nothing to do right after a reindex", async () => {
    const reports = await checkIndexes(context);
    expect(isConsistent(reports)).toBe(true);
    const [jobs, candidates] = reports;
    expect(jobs!.expected).toBe(await prisma.job.count({ where: searchableWhere(new Date()) }));
    expect(jobs!.expected).toBeGreaterThan(10);
    expect(candidates!.expected).toBe(await prisma.studentProfile.count({ where: discoverableWhere() }));
    expect(candidates!.expected).toBeGreaterThan(0);
  });

  it("counts missing, stale and extra documents exactly, and repairs exactly those", async () => {
    const jobs = await prisma.job.findMany({
      where: searchableWhere(new Date()),
      orderBy: { id: "asc" },
      take: 3,
      select: { id: true },
    });
    const [lost, edited, closed] = jobs.map((job) => job.id) as [string, string, string];
    // Behind the sync's back: a document lost, a row edited, a row closed, a stranger indexed.
    await index("jobs").deleteDocument(lost).waitTask();
    await prisma.job.update({ where: { id: edited }, data: { titleEn: "Narwhalite listing specialist" } });
    await prisma.job.update({ where: { id: closed }, data: { status: "CLOSED", closedAt: new Date() } });
    const stranger = { ...(await index("jobs").getDocument(edited)), id: "job-that-never-was" };
    await index("jobs").addDocuments([stranger]).waitTask();

    const before = await checkIndex(context, "jobs");
    expect(before).toMatchObject({ missing: 1, stale: 1, extra: 2 });
    expect(before.repair).toBeUndefined();
    expect((await index("jobs").getDocument(edited)).titleEn).not.toBe("Narwhalite listing specialist"); // check only looks

    const repaired = await checkIndex(context, "jobs", { repair: true, batchSize: 2 });
    expect(repaired).toMatchObject({ missing: 1, stale: 1, extra: 2 });
    expect(repaired.repair).toMatchObject({ rebuilt: false, upserted: 2, deleted: 2 });

    expect(await checkIndex(context, "jobs")).toMatchObject({ missing: 0, stale: 0, extra: 0 });
    expect((await index("jobs").getDocument(edited)).titleEn).toBe("Narwhalite listing specialist");
    await expect(index("jobs").getDocument(lost)).resolves.toMatchObject({ id: lost });
    await expect(index("jobs").getDocument(closed)).rejects.toThrow();
    await expect(index("jobs").getDocument("job-that-never-was")).rejects.toThrow();
  });

  it("counts a document written before content hashes as stale", async () => {
    const profile = await prisma.studentProfile.findFirstOrThrow({ where: discoverableWhere(), select: { id: true } });
    const { contentHash: _hash, ...old } = (await index("candidates").getDocument(profile.id)) as Record<
      string,
      unknown
    >;
    await index("candidates")
      .updateDocuments([{ ...old, contentHash: null }])
      .waitTask();
    expect(await checkIndex(context, "candidates")).toMatchObject({ missing: 0, stale: 1, extra: 0 });
    expect((await checkIndex(context, "candidates", { repair: true })).repair).toMatchObject({ upserted: 1 });
    expect(await checkIndex(context, "candidates")).toMatchObject({ stale: 0 });
  });

  it("fills an index that does not exist at all", async () => {
    await client.deleteIndex(indexUid(testSearch.indexPrefix, "candidates")).waitTask();
    const expected = await prisma.studentProfile.count({ where: discoverableWhere() });
    expect(await checkIndex(context, "candidates")).toMatchObject({ indexed: 0, missing: expected, extra: 0 });
    const repaired = await checkIndex(context, "candidates", { repair: true });
    expect(repaired.repair).toMatchObject({ rebuilt: true, upserted: expected });
    expect(await checkIndex(context, "candidates")).toMatchObject({
      expected,
      indexed: expected,
      missing: 0,
      stale: 0,
    });
    expect((await index("candidates").getSettings()).filterableAttributes).toContain("skills"); // with its settings
  });
});
