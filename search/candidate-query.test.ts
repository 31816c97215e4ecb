import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRITERION_KINDS } from "../app/data/candidate-search";
import {
  buildCandidateSearch,
  candidateFilter,
  candidateQueryString,
  matchedCriteria,
  parseCandidateSearchParams,
  type CandidateSearchParams,
  type CandidateSearchVocabulary,
} from "./candidate-query";

const vocabulary: CandidateSearchVocabulary = {
  college: ["zjiet", "zufe"],
  major: ["cbec", "intl-trade"],
  city: ["hangzhou", "ningbo"],
  marketplace: ["amazon", "tiktok-shop"],
  skill: ["excel", "sql"],
  unit: ["listing-optimisation"],
  language: ["en", "ja"],
  languageLevels: { en: { "en-cet-4": 3, "en-cet-6": 4 }, ja: { "ja-n2": 4 } },
};

const parse = (query: string) => parseCandidateSearchParams(new URLSearchParams(query), vocabulary);
const params = (query: string): CandidateSearchParams => {
  const result = parse(query);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.params;
};
const now = new Date("2026-11-26T04:00:00Z");

/** Values that mean something in Meilisearch's filter syntax. */
const HOSTILE = [
  'zjiet" OR collegeKey = "zufe',
  "zjiet OR 1=1",
  "excel = 3",
  "(zjiet)",
  "[excel]",
  "back\\slash",
  '\\" OR "',
  "NOT excel",
];

describe("parseCandidateSearchParams", () => {
  it("applies defaults: no criteria, first page, relevance", () => {
    expect(parse("")).toEqual({
      ok: true,
      params: {
        q: "",
        page: 1,
        sort: "relevance",
        college: [],
        major: [],
        city: [],
        marketplace: [],
        skill: [],
        unit: [],
        language: [],
      },
    });
  });

  it("reads rows of parallel parameters, skips blank rows, defaults to must at any level", () => {
    const result = params(
      "skill=excel&skillLevel=2&skillMode=nice&skill=&skillLevel=1&skillMode=must&skill=sql&skillLevel=&skillMode=exclude" +
        "&college=zjiet&language=en&languageLevel=en-cet-6&languageMode=must&language=ja&languageLevel=B1&languageMode=nice",
    );
    expect(result.skill).toEqual([
      { key: "excel", level: 2, mode: "nice" },
      { key: "sql", level: 0, mode: "exclude" },
    ]);
    expect(result.college).toEqual([{ key: "zjiet", mode: "must" }]);
    expect(result.language).toEqual([
      { key: "en", level: 4, mode: "must" },
      { key: "ja", level: 3, mode: "nice" },
    ]);
  });

  it("reads ranges, degree, completeness and sort", () => {
    expect(
      params(
        "gradFrom=2025&gradTo=2027&availFrom=2026-12-01&availTo=2027-03-01&degree=BACHELOR&completeness=60&sort=completeness",
      ),
    ).toMatchObject({
      gradFrom: 2025,
      gradTo: 2027,
      availFrom: "2026-12-01",
      availTo: "2027-03-01",
      degree: "BACHELOR",
      completeness: 60,
      sort: "completeness",
    });
  });

  it.each([
    ["college=unknown", "college", "invalid_value"],
    ["skill=excel&skillLevel=4", "skill", "too_big"],
    ["skill=excel&skillLevel=two", "skill", "too_small"],
    ["language=en&languageLevel=ja-n2", "language", "too_small"],
    ["skill=excel&skillMode=maybe", "skill", "invalid_value"],
    ["skill=excel&skill=sql&skillMode=must", "skill", "misaligned"],
    ["gradFrom=2027&gradTo=2025", "gradTo", "range"],
    ["availFrom=2027-01-01&availTo=2026-01-01", "availTo", "range"],
    ["availFrom=2026-02-30", "availFrom", "invalid_date"],
    ["gradFrom=abc", "gradFrom", "invalid_type"],
    ["degree=NONE", "degree", "invalid_value"],
    ["completeness=101", "completeness", "too_big"],
    ["sort=salary", "sort", "invalid_value"],
    ["filter=x", "filter", "unknown_param"],
    ["q=a&q=b", "q", "repeated"],
    [`q=${"x".repeat(201)}`, "q", "too_big"],
  ])("%s is refused (%s: %s)", (query, param, code) => {
    expect(parse(query)).toEqual({ ok: false, problems: [{ param, code }] });
  });

  it.each(HOSTILE)("refuses filter syntax %j in every criterion", (value) => {
    for (const kind of CRITERION_KINDS) {
      const result = parseCandidateSearchParams(new URLSearchParams([[kind, value]]), vocabulary);
      expect(result, kind).toEqual({ ok: false, problems: [{ param: kind, code: "invalid_value" }] });
    }
    const level = parse(`language=en&languageLevel=${encodeURIComponent(value)}`);
    expect(level.ok).toBe(false);
  });

  it("keeps filter syntax in the free text as text: it never reaches the filter", () => {
    for (const value of HOSTILE) {
      const result = params(new URLSearchParams({ q: value }).toString());
      expect(result.q).toBe(value.trim());
      expect(buildCandidateSearch(result, "", now).filter).toBeUndefined();
    }
  });

  it("never throws and never accepts a key outside the vocabulary (property)", () => {
    const names = [...CRITERION_KINDS, ...CRITERION_KINDS.map((k) => `${k}Mode`), "skillLevel", "q", "page", "x"];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...names), fc.string({ maxLength: 30 })), { maxLength: 8 }),
        (pairs) => {
          const result = parseCandidateSearchParams(new URLSearchParams(pairs), vocabulary);
          if (!result.ok) return;
          for (const kind of CRITERION_KINDS) {
            for (const row of result.params[kind]) expect(vocabulary[kind]).toContain(row.key);
          }
        },
      ),
    );
  });
});

describe("candidateFilter", () => {
  it("ANDs must-haves on lists, ORs them on single values, NOTs exclusions; nice-to-haves never filter", () => {
    const filter = candidateFilter(
      params(
        "college=zjiet&college=zufe&skill=excel&skillLevel=2&skill=sql&skillLevel=1" +
          "&marketplace=amazon&marketplaceMode=nice&city=ningbo&cityMode=exclude",
      ),
      now,
    );
    expect(filter).toBe(
      '(collegeKey = "zjiet" OR collegeKey = "zufe") AND NOT desiredCities = "ningbo" AND skills = "excel:2" AND skills = "sql:1"',
    );
  });

  it("turns ranges into numeric conditions (availability in Shanghai days; not said = now)", () => {
    const filter = candidateFilter(
      params("gradFrom=2025&gradTo=2027&degree=BACHELOR&completeness=50&availFrom=2027-01-01&availTo=2027-03-31"),
      now,
    );
    const from = Date.parse("2027-01-01T00:00:00+08:00") / 1000;
    const to = Date.parse("2027-04-01T00:00:00+08:00") / 1000;
    expect(filter).toBe(
      `graduationYear >= 2025 AND graduationYear <= 2027 AND degreeRank >= 3 AND completeness >= 50 AND availableFrom >= ${from} AND availableFrom < ${to}`,
    );
    // A "from" day already past asks nothing: everyone can start by now.
    expect(candidateFilter(params("availFrom=2026-01-01"), now)).toBeNull();
  });

  it("quotes every value, so a catalogue key with filter syntax stays one literal", () => {
    const odd = { ...vocabulary, skill: ['a" OR skills = "b', "c\\"] };
    const result = parseCandidateSearchParams(
      new URLSearchParams([
        ["skill", 'a" OR skills = "b'],
        ["skill", "c\\"],
        ["skillMode", "must"],
        ["skillMode", "exclude"],
      ]),
      odd,
    );
    if (!result.ok) throw new Error("refused");
    expect(candidateFilter(result.params, now)).toBe('skills = "a\\" OR skills = \\"b" AND NOT skills = "c\\\\"');
  });
});

describe("nice-to-haves and the request", () => {
  it("fetches the ranking window when there are nice-to-haves, one page otherwise", () => {
    expect(buildCandidateSearch(params("page=2"), "p_", now)).toMatchObject({
      indexUid: "p_candidates",
      page: 2,
      hitsPerPage: 20,
    });
    expect(buildCandidateSearch(params("page=2&skill=sql&skillMode=nice"), "", now)).toMatchObject({
      page: 1,
      hitsPerPage: 1000,
    });
    expect(buildCandidateSearch(params("sort=availability"), "", now).sort).toEqual(["availableFrom:asc"]);
  });

  it("lists the nice-to-haves a document meets, levels included", () => {
    const criteria = params(
      "skill=excel&skillLevel=2&skillMode=nice&skill=sql&skillLevel=3&skillMode=nice&marketplace=amazon&marketplaceMode=nice",
    );
    const doc = { skills: ["excel", "excel:1", "excel:2", "sql", "sql:1"], marketplaces: ["amazon"] };
    expect(matchedCriteria(doc, criteria, "nice")).toEqual([
      { kind: "marketplace", key: "amazon" },
      { kind: "skill", key: "excel", level: 2 },
    ]);
  });

  it("writes a canonical query string that reads back to the same criteria", () => {
    const original = params(
      "q=运营&skill=excel&skillLevel=2&skillMode=nice&college=zjiet&collegeMode=exclude&gradFrom=2026&sort=updated",
    );
    const again = params(candidateQueryString(original));
    expect(again).toEqual(original);
  });
});
