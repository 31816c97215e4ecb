/**
 * GET /api/v1/jobs through its loader, against the real database and Meilisearch: the answer's
 * shape, 400 for every kind of bad input (never 500, property-based), translated messages, and
 * the rate limit.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { JOB_FACET_NAMES } from "~/data/job-search";
import { seedSmallDemo } from "../../../scripts/test/demo";
import { loader } from "./jobs";

let clientIp = "198.51.100.1";

async function get(query: string, headers: Record<string, string> = {}) {
  const request = new Request(`http://localhost/api/v1/jobs?${query}`, { headers });
  const response = (await loader({ request, params: {}, context: { cspNonce: "", clientIp } })) as Response;
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

beforeAll(() => seedSmallDemo(), 180_000);

describe("GET /api/v1/jobs", () => {
  it("answers with hits, exact totals, facets, page, perPage and processingTimeMs", async () => {
    const { status, body, headers } = await get("q=运营&perPage=5");
    expect(status).toBe(200);
    expect(body).toMatchObject({
      page: 1,
      perPage: 5,
      totalHits: expect.any(Number),
      processingTimeMs: expect.any(Number),
    });
    expect((body.hits as unknown[]).length).toBeLessThanOrEqual(5);
    expect(body.hits).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: expect.any(String),
          url: expect.stringMatching(/\/jobs\//),
          title: { zh: expect.any(String), en: expect.any(String) },
          salary: expect.objectContaining({ currency: "CNY" }),
        }),
      ]),
    );
    expect(Object.keys(body.facets as object).sort()).toEqual([...JOB_FACET_NAMES, "posted"].sort());
    expect(headers.get("RateLimit-Limit")).toBe("120");
  });

  it("narrows with a facet", async () => {
    const all = await get("q=amazon");
    const facets = all.body.facets as Record<string, Record<string, number>>;
    const [city, count] = Object.entries(facets.city!)[0]!;
    const narrowed = await get(`q=amazon&city=${city}`);
    expect(narrowed.body.totalHits).toBe(count);
    expect(narrowed.body.totalHits as number).toBeLessThanOrEqual(all.body.totalHits as number);
  });

  it.each([
    ["page=-1", "page"],
    ["perPage=500", "perPage"],
    ["q=" + "字".repeat(201), "q"],
    ["sort=random", "sort"],
    ["colour=blue", "colour"],
    ["family=" + encodeURIComponent('a" OR familyKey != "'), "family"],
    ["city=" + encodeURIComponent("hangzhou OR city = ningbo"), "city"],
  ])("%s → 400 naming %s", async (query, param) => {
    const { status, body } = await get(query);
    expect(status).toBe(400);
    expect(body).toMatchObject({ error: "invalid_parameters", problems: [expect.objectContaining({ param })] });
    expect(body.message).toEqual(expect.stringContaining(param));
  });

  it("explains bad input in the client's language", async () => {
    const zh = await get("page=0", { "Accept-Language": "zh-CN" });
    expect(zh.body.message).toBe("“page”太小。");
    const en = await get("page=0", { "Accept-Language": "en" });
    expect(en.body.message).toBe("“page” is too small.");
  });

  it("never answers 500, whatever the query string (property)", async () => {
    const names = ["q", "page", "perPage", "sort", "posted", ...JOB_FACET_NAMES, "filter", "__proto__", ""];
    const hostile = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('"', "'", "OR", "=", "!=", "[", "]", "(", ")", "\\", '\\"', "1e309", "-0", "NaN", "%00", "😀"),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...names), hostile), { maxLength: 6 }), async (pairs) => {
        clientIp = `203.0.113.${Math.floor(Math.random() * 250)}`; // stay under the rate limit
        const { status, body } = await get(new URLSearchParams(pairs).toString());
        expect([200, 400]).toContain(status);
        if (status === 400) expect(body.message).toEqual(expect.any(String));
      }),
      { numRuns: 150 },
    );
  });

  it("limits each client per minute, counting in the database shared by all servers", async () => {
    clientIp = "192.0.2.77";
    await prisma.rateLimitBucket.deleteMany({ where: { key: `api:${clientIp}` } });
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await get("perPage=1")).status);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const refused = await get("perPage=1", { "Accept-Language": "en" });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
    expect(refused.body.message).toMatch(/Too many requests/);
    const bucket = await prisma.rateLimitBucket.findFirstOrThrow({ where: { key: `api:${clientIp}` } });
    expect(bucket.count).toBeGreaterThanOrEqual(122);
  });
});
