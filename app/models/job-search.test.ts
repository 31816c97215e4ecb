/**
 * Job search against the real Meilisearch and PostgreSQL, on a slice of the demo fair: exact
 * totals, facets, sorting, the database's last word, and filters that user text cannot bend.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { monthlyEquivalent } from "~/utils/salary";
import { createSearchClient, searchableWhere } from "../../search";
import { buildJobSearch, type JobSearchParams } from "../../search/job-query";
import { seedSmallDemo, testSearch } from "../../scripts/test/demo";
import { getJobSearchVocabulary, searchPublicJobs, type JobSearchOutcome } from "./job-search.server";

async function search(query: string, now = new Date()) {
  const outcome = await searchPublicJobs(new URLSearchParams(query), now);
  if (outcome.status !== "ok") throw new Error(`search ${query}: ${JSON.stringify(outcome)}`);
  return outcome as Extract<JobSearchOutcome, { status: "ok" }>;
}

/** Everything on every page of a search, in order. */
async function allPages(query: string) {
  const first = await search(`${query}&perPage=50`);
  const jobs = [...first.result.jobs];
  for (let page = 2; page <= first.result.totalPages; page++) {
    jobs.push(...(await search(`${query}&perPage=50&page=${page}`)).result.jobs);
  }
  return { first, jobs };
}

beforeAll(async () => {
  await seedSmallDemo();
}, 180_000);

describe("job search on the demo slice", () => {
  it("counts exactly what the database holds, with and without filters", async () => {
    const now = new Date();
    const searchable = await prisma.job.count({ where: searchableWhere(now) });
    expect(searchable).toBeGreaterThan(100);
    expect((await search("")).result.totalHits).toBe(searchable);

    const { family, city } = (await getJobSearchVocabulary()).values;
    const someFamily = family[0]!;
    const familyCount = await prisma.job.count({ where: { ...searchableWhere(now), family: { key: someFamily } } });
    expect((await search(`family=${someFamily}`)).result.totalHits).toBe(familyCount);

    const both = await prisma.job.count({
      where: { ...searchableWhere(now), family: { key: someFamily }, city: "hangzhou", level: "JUNIOR" },
    });
    expect((await search(`family=${someFamily}&city=hangzhou&level=JUNIOR`)).result.totalHits).toBe(both);
    expect(city).toContain("hangzhou");
  });

  it("keeps a facet's other options, with their own counts, while one of them is selected", async () => {
    const unfiltered = await search("");
    const [chosen, otherFamily] = Object.keys(unfiltered.result.facets.family);
    const filtered = await search(`family=${chosen}`);
    expect(filtered.result.facets.family).toEqual(unfiltered.result.facets.family);
    expect(filtered.result.facets.family[otherFamily!]).toBeGreaterThan(0);
    // Other facets narrow to the selection.
    const levels = Object.values(filtered.result.facets.level).reduce((a, b) => a + b, 0);
    expect(levels).toBe(filtered.result.totalHits);
  });

  it("narrows with every facet, returning only jobs that have the value", async () => {
    const { jobs, first } = await allPages("city=hangzhou&type=FULL_TIME");
    expect(jobs.length).toBe(first.result.totalHits);
    expect(jobs.every((job) => job.city === "hangzhou" && job.employmentType === "FULL_TIME")).toBe(true);
  });

  it("sorts by newest and by the monthly upper bound of the salary", async () => {
    const newest = (await search("sort=newest&perPage=50")).result.jobs.map((job) => job.datePosted!.getTime());
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    const salaries = (await search("sort=salary&perPage=50")).result.jobs.map((job) =>
      monthlyEquivalent(job.salaryMax, job.salaryPeriod),
    );
    expect(salaries).toEqual([...salaries].sort((a, b) => b - a));
  });

  it("finds Chinese and English words, and English with a typo", async () => {
    for (const q of ["运营", "跨境电商", "amazon", "amazn"]) {
      const { result } = await search(`q=${encodeURIComponent(q)}`);
      expect(result.totalHits, q).toBeGreaterThan(0);
    }
    const { result } = await search("q=amazon");
    expect(result.jobs[0]!.highlight.titleEn ?? result.jobs[0]!.highlight.companyNameEn ?? "").toMatch(/\u0001/);
  });

  it("counts posted-within windows that grow with the window", async () => {
    const { posted, totalHits } = (await search("")).result;
    expect(posted["1d"]).toBeLessThanOrEqual(posted["7d"]);
    expect(posted["7d"]).toBeLessThanOrEqual(posted["30d"]);
    expect(posted["30d"]).toBeLessThanOrEqual(totalHits);
    expect((await search("posted=30d")).result.totalHits).toBe(posted["30d"]);
  });
});

describe("the database has the last word", () => {
  it("drops a job closed behind the index's back", async () => {
    const [first] = (await search("sort=newest")).result.jobs;
    // Closed directly in the database, with no sync: the index still lists it.
    await prisma.job.update({ where: { id: first!.id }, data: { status: "CLOSED" } });
    const after = await search("sort=newest");
    expect(after.result.jobs.map((job) => job.id)).not.toContain(first!.id);
    await prisma.job.update({ where: { id: first!.id }, data: { status: "PUBLISHED" } });
  });

  it("hides jobs once their validThrough has passed, before any sync", async () => {
    const job = await prisma.job.findFirstOrThrow({
      where: { ...searchableWhere(new Date()), validThrough: { not: null } },
      orderBy: { validThrough: "asc" },
    });
    const afterExpiry = new Date(job.validThrough!.getTime() + 1000);
    const ids = (await allPages("")).jobs.map((j) => j.id);
    expect(ids).toContain(job.id);
    const later = await searchPublicJobs(new URLSearchParams("perPage=50"), afterExpiry);
    expect(later.status).toBe("ok");
    const laterTotal = (later as Extract<JobSearchOutcome, { status: "ok" }>).result.totalHits;
    expect(laterTotal).toBe(await prisma.job.count({ where: searchableWhere(afterExpiry) }));
  });
});

describe("filters built from hostile text", () => {
  it.each([
    'x" OR familyKey != "',
    "x' OR 1=1 --",
    "x = y",
    "[x] (y) {z}",
    'back\\slash\\" OR expiresAt > 0 OR "',
    "NOT x",
  ])("treats %j as a literal value that matches nothing", async (hostile) => {
    const client = createSearchClient(testSearch);
    const params = {
      q: "",
      page: 1,
      perPage: 20,
      sort: "relevance",
      radius: 10,
      family: [hostile],
      level: [],
      city: [],
      salary: [],
      marketplace: [],
      language: [],
      type: [],
      education: [],
      session: [],
    } satisfies JobSearchParams;
    const { results } = await client.multiSearch({
      queries: buildJobSearch(params, testSearch.indexPrefix, new Date()),
    });
    expect(results[0]!.totalHits).toBe(0);
  });
});

describe("near a college or a point", () => {
  const meters = (a: { lat: number; lng: number }, b: { lat: number; lng: number }) => {
    const rad = Math.PI / 180;
    const h =
      Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
      Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
    return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
  };

  it("finds exactly the open jobs within the radius, nearest first, each with its distance", async () => {
    const college = await prisma.college.findFirstOrThrow({ orderBy: { key: "asc" } });
    const from = { lat: college.latitude, lng: college.longitude };
    const rows = await prisma.job.findMany({
      where: searchableWhere(new Date()),
      select: { id: true, latitude: true, longitude: true },
    });
    const within = rows.filter((row) => meters(from, { lat: row.latitude, lng: row.longitude }) <= 10_000);
    expect(within.length).toBeGreaterThan(0);

    const { jobs, first } = await allPages(`near=${college.key}&radius=10&sort=distance`);
    expect(first.result.totalHits).toBe(within.length);
    expect(new Set(jobs.map((job) => job.id))).toEqual(new Set(within.map((row) => row.id)));
    const distances = jobs.map((job) => job.distanceMeters!);
    expect(distances.every((d) => d <= 10_000)).toBe(true);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));

    // A typed point is the same place.
    const point = await search(`near=${from.lat},${from.lng}&radius=10`);
    expect(point.result.totalHits).toBe(within.length);
  });
});

describe("did you mean", () => {
  it("offers to drop each filter that leaves nothing, with the count it would give", async () => {
    // The Gulf of Guinea: no jobs within 2 km.
    const outcome = await search("near=0,0&radius=2&city=hangzhou");
    expect(outcome.result.totalHits).toBe(0);
    const hangzhou = (await search("city=hangzhou")).result.totalHits;
    expect(outcome.suggestions).toContainEqual({ kind: "relax", filter: "near", count: hangzhou });
    // Dropping the city keeps near=0,0, which still finds nothing: not offered.
    expect(outcome.suggestions.some((s) => s.kind === "relax" && s.filter === "city")).toBe(false);
  });

  it("corrects a misspelt word to a known term that finds jobs, and offers the filters without the words", async () => {
    const outcome = await search("q=amzn&city=hangzhou");
    expect(outcome.result.totalHits).toBe(0);
    const corrected = (await search("q=amz&city=hangzhou")).result.totalHits;
    expect(corrected).toBeGreaterThan(0);
    expect(outcome.suggestions).toContainEqual({ kind: "query", q: "amz", count: corrected });
    const anyWords = (await search("city=hangzhou")).result.totalHits;
    expect(outcome.suggestions).toContainEqual({ kind: "query", q: "", count: anyWords });
  });

  it("offers nothing when results were found", async () => {
    expect((await search("q=amazon")).suggestions).toEqual([]);
  });
});
