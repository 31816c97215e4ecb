import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { JOB_FACET_NAMES } from "../app/data/job-search";
import {
  activeFilters,
  buildAlertSearch,
  buildJobSearch,
  closestTerm,
  distanceMeters,
  editDistance,
  parseJobSearchParams,
  queryAlternatives,
  quoteFilterValue,
  type JobSearchVocabulary,
} from "./job-query";

const vocabulary: JobSearchVocabulary = {
  family: ["platform-operation", "overseas-marketing"],
  level: ["JUNIOR", "INTERMEDIATE", "SENIOR"],
  city: ["hangzhou", "ningbo"],
  salary: ["under-5k", "5k-8k", "8k-12k", "12k-20k", "20k-plus"],
  marketplace: ["amazon", "tiktok-shop"],
  language: ["en", "ja"],
  type: ["FULL_TIME", "INTERNSHIP"],
  education: ["NONE", "BACHELOR"],
  session: ["2026-winter-1"],
  colleges: { "zj-univ-finance": { lat: 30.3, lng: 120.2 } },
};

const parse = (query: string) => parseJobSearchParams(new URLSearchParams(query), vocabulary);
const now = new Date("2026-11-26T12:00:00Z");

describe("parseJobSearchParams", () => {
  it("applies defaults", () => {
    expect(parse("")).toEqual({
      ok: true,
      params: {
        q: "",
        page: 1,
        perPage: 20,
        sort: "relevance",
        radius: 10,
        ...Object.fromEntries(JOB_FACET_NAMES.map((f) => [f, []])),
      },
    });
  });

  it("reads repeated facet values as a list and ignores empty ones", () => {
    const result = parse("q=%20运营%20&family=platform-operation&family=overseas-marketing&city=&page=2&sort=newest");
    expect(result).toMatchObject({
      ok: true,
      params: { q: "运营", family: ["platform-operation", "overseas-marketing"], city: [], page: 2, sort: "newest" },
    });
  });

  it.each([
    ["page=-1", "page", "too_small"],
    ["page=0", "page", "too_small"],
    ["page=abc", "page", "invalid_type"],
    ["page=1.5", "page", "invalid_type"],
    ["perPage=51", "perPage", "too_big"],
    [`q=${"x".repeat(201)}`, "q", "too_big"],
    ["sort=cheapest", "sort", "invalid_value"],
    ["posted=2d", "posted", "invalid_value"],
    ["family=unknown", "family", "invalid_value"],
    ["city=beijing", "city", "invalid_value"],
    ["color=red", "color", "unknown_param"],
    ["q=a&q=b", "q", "repeated"],
    ["near=no-such-college", "near", "near_unknown"],
    ["near=91,120", "near", "near_unknown"],
    ["near=30.2,181", "near", "near_unknown"],
    ['near=30.2,120 OR id = "x"', "near", "near_unknown"],
    ["near=_geoRadius(30.2, 120.1, 1000)", "near", "near_unknown"],
    ["near=__proto__", "near", "near_unknown"],
    ["near=zj-univ-finance&radius=3", "radius", "invalid_value"],
    ["near=zj-univ-finance&radius=1e9", "radius", "invalid_value"],
    ["sort=distance", "sort", "distance_needs_near"],
  ])("%s is refused (%s: %s)", (query, param, code) => {
    expect(parse(query)).toEqual({ ok: false, problems: [{ param, code }] });
  });

  it("never throws and never accepts a facet value outside the vocabulary (property)", () => {
    const names = ["q", "page", "perPage", "sort", "posted", ...JOB_FACET_NAMES, "x", "filter"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 40 })), { maxLength: 8 }),
        (pairs) => {
          const result = parseJobSearchParams(new URLSearchParams(pairs), vocabulary);
          if (result.ok) {
            for (const facet of JOB_FACET_NAMES) {
              for (const value of result.params[facet]) expect(vocabulary[facet]).toContain(value);
            }
          } else {
            expect(result.problems.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe("quoteFilterValue", () => {
  it.each([
    ["amazon", '"amazon"'],
    ['a" OR status = "CLOSED', '"a\\" OR status = \\"CLOSED"'],
    ["back\\slash", '"back\\\\slash"'],
    ['\\" OR 1=1 OR "', '"\\\\\\" OR 1=1 OR \\""'],
    ["[brackets] (parens) = !=", '"[brackets] (parens) = !="'],
  ])("quotes %j as one literal", (value, quoted) => {
    expect(quoteFilterValue(value)).toBe(quoted);
  });

  it("round-trips any text: unescaping the literal gives the value back (property)", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const quoted = quoteFilterValue(value);
        expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
        const body = quoted.slice(1, -1);
        // No unescaped quote inside: every " is preceded by an odd run of backslashes.
        expect(body.replace(/\\./g, "")).not.toContain('"');
        expect(body.replace(/\\(.)/g, "$1")).toBe(value);
      }),
    );
  });
});

describe("buildJobSearch", () => {
  const params = (query: string) => {
    const result = parse(query);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.params;
  };

  it("always hides expired jobs and ORs values within a facet, ANDs facets", () => {
    const [main] = buildJobSearch(
      params("family=platform-operation&family=overseas-marketing&city=hangzhou"),
      "p_",
      now,
    );
    expect(main!.indexUid).toBe("p_jobs");
    expect(main!.filter).toBe(
      `expiresAt > ${now.getTime() / 1000} AND (familyKey = "platform-operation" OR familyKey = "overseas-marketing") AND (city = "hangzhou")`,
    );
  });

  it("asks, for each selected facet, for its counts without its own filter", () => {
    const queries = buildJobSearch(params("family=platform-operation&city=hangzhou"), "", now);
    const [, familyCounts, cityCounts] = queries;
    expect(familyCounts).toMatchObject({ facets: ["familyKey"], hitsPerPage: 0 });
    expect(familyCounts!.filter).not.toContain("familyKey");
    expect(familyCounts!.filter).toContain('city = "hangzhou"');
    expect(cityCounts).toMatchObject({ facets: ["city"] });
    expect(cityCounts!.filter).not.toContain("city =");
  });

  it("counts each posted-within window with the other filters applied", () => {
    const queries = buildJobSearch(params("posted=7d&level=JUNIOR"), "", now);
    const windows = queries.slice(-3);
    const nowSeconds = now.getTime() / 1000;
    expect(windows.map((q) => q.filter)).toEqual(
      [1, 7, 30].map(
        (days) => `expiresAt > ${nowSeconds} AND postedAt >= ${nowSeconds - days * 86_400} AND (level = "JUNIOR")`,
      ),
    );
  });

  it("sorts newest by date and salary by the monthly upper bound", () => {
    expect(buildJobSearch(params("sort=newest"), "", now)[0]!.sort).toEqual(["postedAt:desc"]);
    expect(buildJobSearch(params("sort=salary"), "", now)[0]!.sort).toEqual(["salaryMonthlyMax:desc", "postedAt:desc"]);
    expect(buildJobSearch(params(""), "", now)[0]!.sort).toBeUndefined();
  });
});

describe("near", () => {
  const params = (query: string) => {
    const result = parse(query);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.params;
  };

  it("reads a college key or a typed point, with a radius from the list", () => {
    expect(params("near=zj-univ-finance&radius=5")).toMatchObject({
      near: { college: "zj-univ-finance", lat: 30.3, lng: 120.2 },
      radius: 5,
    });
    expect(params("near=%2030.25%20,%20120.15%20")).toMatchObject({ near: { lat: 30.25, lng: 120.15 }, radius: 10 });
  });

  it("turns the place into a _geoRadius filter in metres and distance sorting", () => {
    const [main] = buildJobSearch(params("near=30.25,120.15&radius=25&sort=distance&city=hangzhou"), "", now);
    expect(main!.filter).toBe(
      `expiresAt > ${now.getTime() / 1000} AND _geoRadius(30.25, 120.15, 25000) AND (city = "hangzhou")`,
    );
    expect(main!.sort).toEqual(["_geoPoint(30.25, 120.15):asc", "postedAt:desc"]);
    expect(main!.attributesToRetrieve).toContain("_geo");
  });

  it("measures great-circle distances", () => {
    // West Lake to Hangzhou East station: about 7.6 km.
    const d = distanceMeters({ lat: 30.2431, lng: 120.1507 }, { lat: 30.2906, lng: 120.2126 });
    expect(d).toBeGreaterThan(7_500);
    expect(d).toBeLessThan(8_200);
    expect(distanceMeters({ lat: 30, lng: 120 }, { lat: 30, lng: 120 })).toBe(0);
  });
});

describe("did you mean", () => {
  const terms = ["amazon", "shopee", "operations", "logistics", "customer service", "tiktok"];

  it("measures edits with adjacent swaps as one", () => {
    expect(editDistance("amazon", "amzaon")).toBe(1);
    expect(editDistance("logistcs", "logistics")).toBe(1);
    expect(editDistance("abc", "xyz", 2)).toBe(3);
  });

  it("corrects Latin words to the nearest known term, never Chinese or known words", () => {
    expect(closestTerm("Amzaon", terms)).toBe("amazon");
    expect(closestTerm("opertaions", terms)).toBe("operations");
    expect(closestTerm("shopee", terms)).toBeNull();
    expect(closestTerm("亚马孙", terms)).toBeNull();
    expect(closestTerm("zzzzzz", terms)).toBeNull();
    // Multi-word terms are not single-word corrections.
    expect(closestTerm("customer", terms)).toBeNull();
  });

  it("offers corrected queries and the query with a word left out", () => {
    expect(queryAlternatives("amzaon logistcs", terms)).toEqual([
      "amazon logistcs",
      "amzaon logistics",
      "logistcs",
      "amzaon",
    ]);
    expect(queryAlternatives("运营", terms)).toEqual([]);
  });

  it("lists the filters in use that can be dropped", () => {
    const result = parse("near=zj-univ-finance&city=hangzhou&posted=7d");
    expect(result.ok && activeFilters(result.params)).toEqual(["near", "city", "posted"]);
  });
});

describe("buildAlertSearch", () => {
  it("keeps the saved filters and restricts to the posting window, newest first", () => {
    const result = parse("q=amazon&city=hangzhou");
    if (!result.ok) throw new Error("invalid");
    const since = new Date("2026-11-25T08:00:00.900Z");
    const query = buildAlertSearch(result.params, "p_", { since, until: now, limit: 20 });
    expect(query).toMatchObject({ indexUid: "p_jobs", q: "amazon", sort: ["postedAt:desc"], hitsPerPage: 20 });
    expect(query.filter).toBe(
      `expiresAt > ${now.getTime() / 1000} AND (city = "hangzhou") AND postedAt >= ${Math.floor(since.getTime() / 1000)} AND postedAt <= ${now.getTime() / 1000}`,
    );
  });
});
