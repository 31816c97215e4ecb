/**
 * Candidate search against the real Meilisearch and PostgreSQL: must / nice / exclude criteria,
 * every range, values with filter syntax treated as text, the database's last word on consent,
 * audited profile views and the company's shared saved searches.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { giveConsent } from "~/models/consent.server";
import { createStudent, seedProfileCatalogue } from "~/routes/student/test-helpers.server";
import { createCompanyAccount } from "../../e2e/helpers/companies";
import { freePort } from "../../scripts/lib/processes";
import { testSearch } from "../../scripts/test/demo";
import { applyIndexSettings, createSearchClient, indexUid, syncCandidate } from "../../search";
import {
  deleteCandidateSearch,
  getCompanySavedSearch,
  listCompanySavedSearches,
  renameCandidateSearch,
  saveCandidateSearch,
  searchCandidates,
  viewCandidateProfile,
  type CandidateSearchOutcome,
} from "./candidate-search.server";

const client = createSearchClient(testSearch);
const context = { client, prefix: testSearch.indexPrefix, db: prisma };
const NOW = new Date("2026-11-26T04:00:00Z");

interface Spec {
  college: string;
  major: string;
  degree: "ASSOCIATE" | "BACHELOR" | "MASTER";
  graduationYear: number;
  skills: [string, number][];
  languages: string[];
  marketplaces: string[];
  desiredCities: string[];
  availableFrom: string | null;
  headline: string;
}

const ids: Record<string, string> = {};
const users: Record<string, string> = {};

async function candidate(name: string, spec: Spec): Promise<void> {
  const student = await createStudent(name);
  const [college, skills, levels, marketplaces] = await Promise.all([
    prisma.college.findUniqueOrThrow({ where: { key: spec.college }, include: { majors: true } }),
    prisma.skill.findMany({ where: { key: { in: spec.skills.map(([key]) => key) } } }),
    prisma.languageLevel.findMany({ where: { key: { in: spec.languages } } }),
    prisma.marketplace.findMany({ where: { key: { in: spec.marketplaces } } }),
  ]);
  await prisma.studentProfile.update({
    where: { id: student.profileId },
    data: {
      fullNameZh: `${name}同学`,
      fullNameEn: `${name} Student`,
      phone: "13900001111",
      headlineZh: spec.headline,
      headlineEn: spec.headline,
      summaryZh: "微信: secret_handle99",
      collegeId: college.id,
      majorId: college.majors.find((m) => m.key === spec.major)!.id,
      degree: spec.degree,
      graduationYear: spec.graduationYear,
      desiredCities: spec.desiredCities,
      availableFrom: spec.availableFrom ? new Date(`${spec.availableFrom}T00:00:00+08:00`) : null,
      skills: {
        create: spec.skills.map(([key, level]) => ({ skillId: skills.find((s) => s.key === key)!.id, level })),
      },
      languages: { create: levels.map((level) => ({ languageId: level.languageId, levelId: level.id })) },
      marketplaces: { create: marketplaces.map((m) => ({ marketplaceId: m.id })) },
    },
  });
  await giveConsent(student.userId, "DISCOVERABLE");
  expect(await syncCandidate(context, student.profileId)).toBe("indexed");
  ids[name] = student.profileId;
  users[name] = student.userId;
}

async function search(query: string): Promise<Extract<CandidateSearchOutcome, { status: "ok" }>> {
  const outcome = await searchCandidates(new URLSearchParams(query), NOW);
  if (outcome.status !== "ok") throw new Error(`search ${query}: ${JSON.stringify(outcome)}`);
  return outcome as Extract<CandidateSearchOutcome, { status: "ok" }>;
}
const found = async (query: string) => (await search(query)).result.candidates.map((c) => c.id).sort();
const named = (...names: string[]) => names.map((name) => ids[name]!).sort();

let company: { companyId: string; userId: string };
let otherCompany: { companyId: string; userId: string };

beforeAll(async () => {
  await seedProfileCatalogue();
  await applyIndexSettings(client, testSearch.indexPrefix);
  const base = { languages: [] as string[], marketplaces: [] as string[] };
  await candidate("ava", {
    ...base,
    college: "test-college",
    major: "cbec",
    degree: "ASSOCIATE",
    graduationYear: 2026,
    skills: [["excel", 3]],
    languages: ["en-cet-6"],
    marketplaces: ["amazon"],
    desiredCities: ["hangzhou"],
    availableFrom: null,
    headline: "跨境电商运营 Amazon operations",
  });
  await candidate("ben", {
    ...base,
    college: "other-college",
    major: "english",
    degree: "BACHELOR",
    graduationYear: 2027,
    skills: [
      ["excel", 1],
      ["sql", 2],
    ],
    languages: ["en-cet-4"],
    marketplaces: ["tiktok-shop"],
    desiredCities: ["ningbo"],
    availableFrom: "2027-03-01",
    headline: "直播 live commerce",
  });
  await candidate("cai", {
    ...base,
    college: "test-college",
    major: "english",
    degree: "MASTER",
    graduationYear: 2025,
    skills: [["sql", 3]],
    marketplaces: ["amazon"],
    desiredCities: ["hangzhou", "ningbo"],
    availableFrom: "2026-12-15",
    headline: "数据分析 data analysis",
  });
  company = await createCompanyAccount(prisma, { email: "owner@candidates.example" });
  otherCompany = await createCompanyAccount(prisma, { email: "owner@other-candidates.example" });
}, 180_000);

describe("candidate search criteria", () => {
  it("finds every discoverable candidate without criteria, with facet counts", async () => {
    const all = await search("");
    expect(all.result.candidates.map((c) => c.id).sort()).toEqual(named("ava", "ben", "cai"));
    expect(all.result.totalHits).toBe(3);
    expect(all.result.facets.college).toEqual({ "test-college": 2, "other-college": 1 });
    expect(all.result.facets.skill).toEqual({ excel: 2, sql: 2 });
    expect(all.result.facets.graduationYear).toEqual({ "2025": 1, "2026": 1, "2027": 1 });
  });

  it("filters on must-haves: minimum levels are cumulative, single values are any-of, lists all-of", async () => {
    expect(await found("skill=excel&skillLevel=2")).toEqual(named("ava"));
    expect(await found("skill=excel")).toEqual(named("ava", "ben"));
    expect(await found("skill=excel&skillLevel=1&skill=sql&skillLevel=2")).toEqual(named("ben"));
    expect(await found("college=test-college&college=other-college")).toEqual(named("ava", "ben", "cai"));
    expect(await found("language=en&languageLevel=B2")).toEqual(named("ava"));
    expect(await found("language=en&languageLevel=en-cet-4")).toEqual(named("ava", "ben"));
    expect(await found("marketplace=amazon&major=english")).toEqual(named("cai"));
    expect(await found("city=ningbo")).toEqual(named("ben", "cai"));
  });

  it("excludes: a NOT filter that keeps everyone else", async () => {
    expect(await found("city=ningbo&cityMode=exclude")).toEqual(named("ava"));
    expect(await found("skill=sql&skillLevel=3&skillMode=exclude")).toEqual(named("ava", "ben"));
    expect(await found("college=test-college&collegeMode=must&marketplace=amazon&marketplaceMode=exclude")).toEqual([]);
  });

  it("ranks by nice-to-haves without filtering, and says which ones each candidate met", async () => {
    const result = await search(
      "skill=sql&skillLevel=2&skillMode=nice&marketplace=amazon&marketplaceMode=nice&city=ningbo&cityMode=nice",
    );
    const order = result.result.candidates.map((c) => c.id);
    // cai: sql:2, amazon, ningbo (3) · ben: sql:2, ningbo (2) · ava: amazon (1).
    expect(order).toEqual([ids.cai, ids.ben, ids.ava]);
    expect(result.result.candidates[2]!.nice).toEqual([{ kind: "marketplace", key: "amazon" }]);
    expect(result.result.ranked).toBe(3);
    expect(result.result.totalHits).toBe(3);
  });

  it("applies each range: graduation year, degree, completeness, availability", async () => {
    expect(await found("gradFrom=2026")).toEqual(named("ava", "ben"));
    expect(await found("gradTo=2026")).toEqual(named("ava", "cai"));
    expect(await found("gradFrom=2026&gradTo=2026")).toEqual(named("ava"));
    expect(await found("degree=BACHELOR")).toEqual(named("ben", "cai"));
    expect(await found("degree=MASTER")).toEqual(named("cai"));
    // Available by 2026-12-31: ava (not said = now) and cai (from 12-15); ben starts in March.
    expect(await found("availTo=2026-12-31")).toEqual(named("ava", "cai"));
    expect(await found("availTo=2026-12-14")).toEqual(named("ava"));
    expect(await found("availFrom=2027-01-01")).toEqual(named("ben"));
    expect(await found("availFrom=2026-12-01&availTo=2027-01-31")).toEqual(named("cai"));
    const completeness = (await search("")).result.candidates.length;
    expect(completeness).toBe(3);
    expect(await found("completeness=100")).toEqual([]);
  });

  it("sorts by graduation year and by start date", async () => {
    const byYear = (await search("sort=graduation")).result.candidates.map((c) => c.id);
    expect(byYear).toEqual([ids.cai, ids.ava, ids.ben]);
    const byStart = (await search("sort=availability")).result.candidates.map((c) => c.id);
    expect(byStart).toEqual([ids.ava, ids.cai, ids.ben]);
  });

  it("treats quotes, OR, =, brackets and backslashes as text: refused as criteria, never widening a search", async () => {
    const hostile = [
      'test-college" OR collegeKey = "other-college',
      "test-college OR 1=1",
      "(test-college)",
      "[excel]",
      "excel\\",
      'NOT collegeKey = "x"',
    ];
    for (const value of hostile) {
      for (const name of ["college", "major", "city", "marketplace", "skill", "unit", "language"]) {
        const outcome = await searchCandidates(new URLSearchParams([[name, value]]), NOW);
        expect(outcome, `${name}=${value}`).toEqual({
          status: "invalid",
          problems: [{ param: name, code: "invalid_value" }],
        });
      }
      for (const name of ["skillLevel", "languageLevel"]) {
        const kind = name.replace("Level", "");
        const key = kind === "skill" ? "excel" : "en";
        const outcome = await searchCandidates(
          new URLSearchParams([
            [kind, key],
            [name, value],
          ]),
          NOW,
        );
        expect(outcome.status, `${name}=${value}`).toBe("invalid");
      }
      for (const name of ["gradFrom", "availTo", "degree", "completeness", "sort", "skillMode"]) {
        const outcome = await searchCandidates(new URLSearchParams([[name, value]]), NOW);
        expect(outcome.status, `${name}=${value}`).toBe("invalid");
      }
      // As free text it is only words: it finds no more than the same words without the syntax.
      const text = await search(new URLSearchParams({ q: value }).toString());
      const words = await search(new URLSearchParams({ q: value.replace(/["()[\]=\\]/g, " ") }).toString());
      expect(text.result.totalHits, `q=${value}`).toBeLessThanOrEqual(words.result.totalHits);
      expect(text.result.totalHits, `q=${value}`).toBeLessThan(3);
    }
  });
});

describe("the database has the last word", () => {
  it("never shows a student whose consent was withdrawn, even while the index still holds them", async () => {
    await candidate("dan", {
      college: "test-college",
      major: "cbec",
      degree: "ASSOCIATE",
      graduationYear: 2026,
      skills: [["excel", 2]],
      languages: [],
      marketplaces: [],
      desiredCities: [],
      availableFrom: null,
      headline: "仓储物流 warehouse",
    });
    expect(await found("skill=excel&skillLevel=2")).toEqual(named("ava", "dan"));
    // Withdrawn behind the sync's back: the document stays in the index.
    await prisma.consent.updateMany({ where: { userId: users.dan }, data: { withdrawnAt: new Date() } });
    const indexed = await client.index(indexUid(testSearch.indexPrefix, "candidates")).getDocument(ids.dan!);
    expect(indexed.id).toBe(ids.dan);

    expect(await found("skill=excel&skillLevel=2")).toEqual(named("ava"));
    expect(await viewCandidateProfile(ids.dan!, { userId: company.userId, companyId: company.companyId })).toBeNull();
  });
});

describe("viewing a profile", () => {
  it("shows no name or contact details, redacts free text, and writes an audit row per view", async () => {
    const viewer = { userId: company.userId, companyId: company.companyId, ip: "203.0.113.9" };
    const before = await prisma.auditLog.count({ where: { action: "candidate.view", subjectId: ids.ava } });
    const view = await viewCandidateProfile(ids.ava!, viewer);
    await viewCandidateProfile(ids.ava!, viewer);
    expect(view).not.toBeNull();
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/ava同学|ava Student|13900001111|@example\.cn|secret_handle99/);
    expect(view!.contact).toBeNull();
    expect(view!.resume).toBeNull();
    const rows = await prisma.auditLog.findMany({
      where: { action: "candidate.view", subjectId: ids.ava },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.length - before).toBe(2);
    expect(rows.at(-1)).toMatchObject({
      actorId: company.userId,
      subjectType: "StudentProfile",
      ip: "203.0.113.9",
      details: { companyId: company.companyId, via: "candidate-search" },
    });
  });

  it("is null (and not audited) for an unknown id", async () => {
    const before = await prisma.auditLog.count();
    expect(
      await viewCandidateProfile("cnosuchprofile0000000000", { userId: company.userId, companyId: "x" }),
    ).toBeNull();
    expect(await prisma.auditLog.count()).toBe(before);
  });
});

describe("saved searches", () => {
  it("are shared within the company, stored canonically, and closed to other companies", async () => {
    const saved = await saveCandidateSearch({
      companyId: company.companyId,
      userId: company.userId,
      name: "Amazon 2026",
      query: "marketplace=amazon&gradFrom=2026&page=3",
    });
    if (!saved.ok) throw new Error(saved.problem);
    const list = await listCompanySavedSearches(company.companyId);
    expect(list.map((s) => s.name)).toEqual(["Amazon 2026"]);
    expect(list[0]!.query).toBe("marketplace=amazon&marketplaceMode=must&gradFrom=2026");
    expect(list[0]!.savedBy).toBe("owner@candidates.example");
    expect(await found(list[0]!.query)).toEqual(named("ava"));

    expect(await listCompanySavedSearches(otherCompany.companyId)).toEqual([]);
    expect(await getCompanySavedSearch(otherCompany.companyId, saved.id)).toBeNull();
    expect(await renameCandidateSearch(otherCompany.companyId, saved.id, "Mine now")).toBe(false);
    expect(await deleteCandidateSearch(otherCompany.companyId, saved.id)).toBe(false);

    expect(await renameCandidateSearch(company.companyId, saved.id, "Amazon, class of 2026+")).toBe(true);
    expect((await getCompanySavedSearch(company.companyId, saved.id))!.name).toBe("Amazon, class of 2026+");
    expect(await deleteCandidateSearch(company.companyId, saved.id)).toBe(true);
    expect(await listCompanySavedSearches(company.companyId)).toEqual([]);
  });

  it("refuses criteria outside the vocabulary, and marks a saved search whose values left the catalogue", async () => {
    const refused = await saveCandidateSearch({
      companyId: company.companyId,
      userId: company.userId,
      name: "Hostile",
      query: 'college=test-college" OR collegeKey = "other-college',
    });
    expect(refused).toEqual({ ok: false, problem: "invalid-query" });
    expect(await listCompanySavedSearches(company.companyId)).toEqual([]);

    // A row whose value the catalogue no longer has (as after an import): listed, but not runnable as is.
    const row = await prisma.savedSearch.create({
      data: {
        kind: "CANDIDATES",
        name: "Old skill",
        query: "skill=retired-skill&skillLevel=1&skillMode=must",
        userId: company.userId,
        companyId: company.companyId,
      },
    });
    const [listed] = await listCompanySavedSearches(company.companyId);
    expect(listed).toMatchObject({ id: row.id, criteria: null });
    expect((await searchCandidates(new URLSearchParams(listed!.query), NOW)).status).toBe("invalid");
  });
});

describe("while Meilisearch is down", () => {
  it("answers unavailable with the criteria kept, never an error", async () => {
    const dead = createSearchClient({ url: `http://127.0.0.1:${await freePort()}`, apiKey: "x" });
    const outcome = await searchCandidates(new URLSearchParams("skill=excel&skillLevel=2"), NOW, {
      client: dead,
      prefix: testSearch.indexPrefix,
    });
    expect(outcome).toMatchObject({
      status: "unavailable",
      query: "skill=excel&skillLevel=2&skillMode=must",
      params: { skill: [{ key: "excel", level: 2, mode: "must" }] },
    });
  });
});
