/**
 * Candidate search for verified companies: the criteria a recruiter can ask for, read from a query
 * string (the search page's URL, a saved search), and the Meilisearch requests built from them.
 *
 * Every criterion is MUST (a filter), NICE (ranks candidates who have it first, filters nothing) or
 * EXCLUDE (a NOT filter). Values are checked against the vocabulary from the database AND quoted in
 * filters, so user text never changes a filter's meaning. `candidateFilter` is the filter string
 * alone, for other features that rank candidates (e.g. "ranked candidates for a job").
 */
import type { Meilisearch, MultiSearchQuery, SearchResponse } from "meilisearch";
import { z } from "zod";
import {
  ANY_OF,
  CANDIDATE_FACETS,
  CANDIDATE_MAX_PAGE as MAX_PAGE,
  CANDIDATE_PER_PAGE,
  CANDIDATE_QUERY_MAX_LENGTH,
  CANDIDATE_SORTS,
  CEFR,
  CRITERIA_MAX,
  CRITERION_KINDS,
  CRITERION_MODES,
  DEGREE_MINIMUMS,
  DEGREE_RANKS,
  KEY_CRITERIA,
  LEVEL_CRITERIA,
  NICE_WINDOW,
  SKILL_LEVEL_MAX,
  type CandidateFacet,
  type CandidateSort,
  type CriterionMode,
  type KeyCriterion,
  type LevelCriterion,
} from "../app/data/candidate-search";
import type { CandidateDocument } from "./candidate-documents";
import { quoteFilterValue } from "./job-query";
import { indexUid } from "./settings";

export type { CandidateFacet, CandidateSort, CriterionMode, KeyCriterion, LevelCriterion };

/** The values each criterion accepts; built from the catalogue and the colleges in the database. */
export interface CandidateSearchVocabulary {
  college: readonly string[];
  major: readonly string[];
  city: readonly string[];
  marketplace: readonly string[];
  skill: readonly string[];
  unit: readonly string[];
  language: readonly string[];
  /** Per language, its catalogue levels (e.g. "en-cet-6") and their CEFR rank. */
  languageLevels: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface KeyCriterionValue {
  key: string;
  mode: CriterionMode;
}
export interface LevelCriterionValue extends KeyCriterionValue {
  /** 0 = has it at any level; skills and ability units 1–3; languages the CEFR rank 1–6. */
  level: number;
}

export interface CandidateCriteria {
  q: string;
  college: KeyCriterionValue[];
  major: KeyCriterionValue[];
  city: KeyCriterionValue[];
  marketplace: KeyCriterionValue[];
  skill: LevelCriterionValue[];
  unit: LevelCriterionValue[];
  language: LevelCriterionValue[];
  /** Graduation year range, both ends included. */
  gradFrom?: number;
  gradTo?: number;
  /** The day the student can start lies in this range (YYYY-MM-DD, Shanghai days; "not said" = now). */
  availFrom?: string;
  availTo?: string;
  degree?: (typeof DEGREE_MINIMUMS)[number];
  /** Minimum profile completeness, percent. */
  completeness?: number;
}

export interface CandidateSearchParams extends CandidateCriteria {
  page: number;
  sort: CandidateSort;
}

export interface ParamProblem {
  param: string;
  /** unknown_param, repeated, misaligned, range, or a zod issue code (invalid_value, too_big, …). */
  code: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string) => DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
const enumOf = (values: readonly string[]): z.ZodType<string> =>
  values.length > 0 ? z.enum(values as [string, ...string[]]) : z.never();

function criteriaSchema(vocabulary: CandidateSearchVocabulary) {
  const keyRows = (values: readonly string[]) =>
    z
      .array(z.strictObject({ key: enumOf(values), mode: z.enum(CRITERION_MODES) }))
      .max(CRITERIA_MAX)
      .default([]);
  const levelRows = (values: readonly string[], max: number) =>
    z
      .array(
        z.strictObject({ key: enumOf(values), mode: z.enum(CRITERION_MODES), level: z.number().int().min(0).max(max) }),
      )
      .max(CRITERIA_MAX)
      .default([]);
  const year = z.coerce.number().int().min(1950).max(2100).optional();
  const day = z.string().refine(isDay, { message: "invalid_date" }).optional();
  return z.strictObject({
    q: z.string().trim().max(CANDIDATE_QUERY_MAX_LENGTH).default(""),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    sort: z.enum(CANDIDATE_SORTS).default("relevance"),
    college: keyRows(vocabulary.college),
    major: keyRows(vocabulary.major),
    city: keyRows(vocabulary.city),
    marketplace: keyRows(vocabulary.marketplace),
    skill: levelRows(vocabulary.skill, SKILL_LEVEL_MAX),
    unit: levelRows(vocabulary.unit, SKILL_LEVEL_MAX),
    language: levelRows(vocabulary.language, CEFR.length),
    gradFrom: year,
    gradTo: year,
    availFrom: day,
    availTo: day,
    degree: z.enum(DEGREE_MINIMUMS).optional(),
    completeness: z.coerce.number().int().min(0).max(100).optional(),
  });
}

const SCALARS = new Set(["q", "page", "sort", "gradFrom", "gradTo", "availFrom", "availTo", "degree", "completeness"]);
const ROW_PARAMS = new Set(
  CRITERION_KINDS.flatMap((kind) => [kind, `${kind}Mode`, ...(kind in LEVEL_CRITERIA ? [`${kind}Level`] : [])]),
);

/**
 * A language level in a URL: "" (any), a CEFR rank ("4"), a CEFR name ("B2") or one of the
 * language's catalogue levels ("en-cet-6"). Anything else is -1 (refused by the schema).
 */
function languageLevel(value: string, language: string, vocabulary: CandidateSearchVocabulary): number {
  if (value === "") return 0;
  if (/^[0-6]$/.test(value)) return Number(value);
  const cefr = (CEFR as readonly string[]).indexOf(value.toUpperCase());
  if (cefr >= 0) return cefr + 1;
  return vocabulary.languageLevels[language]?.[value] ?? -1;
}

function skillLevel(value: string): number {
  if (value === "") return 0;
  return /^\d{1,2}$/.test(value) ? Number(value) : -1;
}

/**
 * Reads criteria from a query string. Each criterion is a row of parallel parameters: `skill`,
 * `skillLevel`, `skillMode` (level and mode may be left out entirely: any level, must). Rows with
 * an empty key are blank form rows and are skipped. Unknown parameters and invalid values are
 * problems, never silently dropped.
 */
export function parseCandidateSearchParams(
  query: URLSearchParams,
  vocabulary: CandidateSearchVocabulary,
): { ok: true; params: CandidateSearchParams } | { ok: false; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    if (SCALARS.has(name)) {
      const values = query.getAll(name).filter((value) => value !== "");
      if (values.length > 1) problems.push({ param: name, code: "repeated" });
      else if (values.length === 1) raw[name] = values[0];
    } else if (!ROW_PARAMS.has(name)) {
      problems.push({ param: name, code: "unknown_param" });
    }
  }
  for (const kind of CRITERION_KINDS) {
    const keys = query.getAll(kind);
    const modes = query.getAll(`${kind}Mode`);
    const isLevel = kind in LEVEL_CRITERIA;
    const levels = isLevel ? query.getAll(`${kind}Level`) : [];
    if ((modes.length > 0 && modes.length !== keys.length) || (levels.length > 0 && levels.length !== keys.length)) {
      problems.push({ param: kind, code: "misaligned" });
      continue;
    }
    const rows: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (key === "") return;
      const mode = modes[i] ?? "must";
      const row: Record<string, unknown> = { key, mode };
      if (isLevel) {
        const text = levels[i] ?? "";
        row.level = kind === "language" ? languageLevel(text, key, vocabulary) : skillLevel(text);
      }
      const id = JSON.stringify(row);
      if (!seen.has(id)) rows.push(row);
      seen.add(id);
    });
    if (rows.length > 0) raw[kind] = rows;
  }
  const parsed = criteriaSchema(vocabulary).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({ param: String(issue.path[0] ?? ""), code: issue.code === "custom" ? issue.message : issue.code });
    }
  }
  if (problems.length > 0 || !parsed.success) return { ok: false, problems };
  const params = parsed.data as CandidateSearchParams;
  if (params.gradFrom !== undefined && params.gradTo !== undefined && params.gradFrom > params.gradTo) {
    problems.push({ param: "gradTo", code: "range" });
  }
  if (params.availFrom && params.availTo && params.availFrom > params.availTo) {
    problems.push({ param: "availTo", code: "range" });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, params };
}

/** The canonical query string of some criteria (without the page): what a saved search stores. */
export function candidateQueryString(params: CandidateCriteria & { sort?: CandidateSort }): string {
  const query = new URLSearchParams();
  if (params.q) query.set("q", params.q);
  for (const kind of CRITERION_KINDS) {
    for (const row of params[kind]) {
      query.append(kind, row.key);
      if ("level" in row) query.append(`${kind}Level`, String(row.level));
      query.append(`${kind}Mode`, row.mode);
    }
  }
  for (const name of ["gradFrom", "gradTo", "availFrom", "availTo", "degree", "completeness"] as const) {
    if (params[name] !== undefined) query.set(name, String(params[name]));
  }
  if (params.sort && params.sort !== "relevance") query.set("sort", params.sort);
  return query.toString();
}

// --- Filters ---------------------------------------------------------------------------------

function valueOf(kind: KeyCriterion | LevelCriterion, row: KeyCriterionValue | LevelCriterionValue): string {
  return "level" in row && row.level > 0 ? `${row.key}:${row.level}` : row.key;
}

function attributeOf(kind: KeyCriterion | LevelCriterion): string {
  return kind in KEY_CRITERIA ? KEY_CRITERIA[kind as KeyCriterion] : LEVEL_CRITERIA[kind as LevelCriterion];
}

/** One criterion as a filter condition (without its mode). */
export function criterionCondition(
  kind: KeyCriterion | LevelCriterion,
  row: KeyCriterionValue | LevelCriterionValue,
): string {
  return `${attributeOf(kind)} = ${quoteFilterValue(valueOf(kind, row))}`;
}

/** Start of a Shanghai day (UTC+8, no daylight saving), in unix seconds. */
function shanghaiDayStart(day: string): number {
  return Date.parse(`${day}T00:00:00+08:00`) / 1000;
}

/**
 * The Meilisearch filter for the MUST and EXCLUDE criteria and the ranges; null when nothing
 * filters. NICE criteria never appear here: they only rank.
 */
export function candidateFilter(criteria: CandidateCriteria, now: Date = new Date()): string | null {
  const parts: string[] = [];
  for (const kind of CRITERION_KINDS) {
    const rows = criteria[kind] as (KeyCriterionValue | LevelCriterionValue)[];
    const must = rows.filter((row) => row.mode === "must").map((row) => criterionCondition(kind, row));
    if (must.length > 0) parts.push(ANY_OF.has(kind) ? `(${must.join(" OR ")})` : must.join(" AND "));
    for (const row of rows.filter((r) => r.mode === "exclude")) parts.push(`NOT ${criterionCondition(kind, row)}`);
  }
  if (criteria.gradFrom !== undefined) parts.push(`graduationYear >= ${criteria.gradFrom}`);
  if (criteria.gradTo !== undefined) parts.push(`graduationYear <= ${criteria.gradTo}`);
  if (criteria.degree) parts.push(`degreeRank >= ${DEGREE_RANKS[criteria.degree]}`);
  if (criteria.completeness !== undefined && criteria.completeness > 0) {
    parts.push(`completeness >= ${criteria.completeness}`);
  }
  // availableFrom is 0 when not said, and a past day means "now" too: the day a student can start
  // is max(availableFrom, now).
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (criteria.availFrom) {
    const from = shanghaiDayStart(criteria.availFrom);
    if (from > nowSeconds) parts.push(`availableFrom >= ${from}`);
  }
  if (criteria.availTo) parts.push(`availableFrom < ${shanghaiDayStart(criteria.availTo) + 86_400}`);
  return parts.length > 0 ? parts.join(" AND ") : null;
}

/** The fields of a document the nice-to-have matching reads. */
export const MATCH_FIELDS = [
  "collegeKey",
  "majorKey",
  "desiredCities",
  "marketplaces",
  "skills",
  "abilityUnits",
  "languages",
] as const;
export type MatchFields = Pick<CandidateDocument, (typeof MATCH_FIELDS)[number]>;

export interface MatchedCriterion {
  kind: KeyCriterion | LevelCriterion;
  key: string;
  level?: number;
}

function has(doc: Partial<MatchFields>, kind: KeyCriterion | LevelCriterion, value: string): boolean {
  const field = (doc as Record<string, unknown>)[attributeOf(kind)];
  return Array.isArray(field) ? field.includes(value) : field === value;
}

/** The criteria of `mode` a document meets (for NICE: what ranks it; for MUST: what it matched). */
export function matchedCriteria(
  doc: Partial<MatchFields>,
  criteria: CandidateCriteria,
  mode: CriterionMode,
): MatchedCriterion[] {
  const matched: MatchedCriterion[] = [];
  for (const kind of CRITERION_KINDS) {
    for (const row of criteria[kind] as (KeyCriterionValue | LevelCriterionValue)[]) {
      if (row.mode === mode && has(doc, kind, valueOf(kind, row))) {
        matched.push({ kind, key: row.key, ...("level" in row ? { level: row.level } : {}) });
      }
    }
  }
  return matched;
}

export const hasNiceCriteria = (criteria: CandidateCriteria) =>
  CRITERION_KINDS.some((kind) => (criteria[kind] as KeyCriterionValue[]).some((row) => row.mode === "nice"));

// --- Requests --------------------------------------------------------------------------------

const SORT: Record<CandidateSort, string[] | undefined> = {
  relevance: undefined,
  graduation: ["graduationYear:asc"],
  availability: ["availableFrom:asc"],
  completeness: ["completeness:desc"],
  updated: ["updatedAt:desc"],
};

/**
 * The one search request for a page. Without nice-to-haves Meilisearch paginates; with them the
 * first NICE_WINDOW MUST matches come back and `searchCandidateIndex` re-ranks and pages them.
 */
export function buildCandidateSearch(params: CandidateSearchParams, prefix: string, now: Date): MultiSearchQuery {
  const nice = hasNiceCriteria(params);
  return {
    indexUid: indexUid(prefix, "candidates"),
    q: params.q,
    filter: candidateFilter(params, now) ?? undefined,
    sort: SORT[params.sort],
    page: nice ? 1 : params.page,
    hitsPerPage: nice ? NICE_WINDOW : CANDIDATE_PER_PAGE,
    facets: Object.values(CANDIDATE_FACETS),
    attributesToRetrieve: ["id", ...MATCH_FIELDS],
  };
}

export interface CandidateSearchHit {
  id: string;
  /** The NICE criteria this candidate meets (they ranked it). */
  nice: MatchedCriterion[];
}

export interface CandidateSearchResult {
  hits: CandidateSearchHit[];
  totalHits: number;
  totalPages: number;
  /** With nice-to-haves: how many MUST matches were ranked (at most NICE_WINDOW). */
  ranked: number | null;
  facets: Record<CandidateFacet, Record<string, number>>;
  processingTimeMs: number;
}

/** Runs the search: filters, facet counts, and the nice-to-have ranking of the window. */
export async function searchCandidateIndex(
  client: Meilisearch,
  prefix: string,
  params: CandidateSearchParams,
  now: Date = new Date(),
): Promise<CandidateSearchResult> {
  const request = buildCandidateSearch(params, prefix, now);
  const { results } = await client.multiSearch({ queries: [request] });
  const response = results[0] as SearchResponse<Record<string, unknown>> | undefined;
  if (!response) throw new Error("empty multi-search response");
  const facets = Object.fromEntries(
    Object.entries(CANDIDATE_FACETS).map(([facet, attribute]) => {
      const counts = response.facetDistribution?.[attribute] ?? {};
      // Only the plain keys: "excel:2" is a level marker, "excel" counts everyone with Excel.
      return [facet, Object.fromEntries(Object.entries(counts).filter(([value]) => !value.includes(":")))];
    }),
  ) as CandidateSearchResult["facets"];
  const hits = response.hits.map((hit) => ({
    id: String(hit.id),
    nice: matchedCriteria(hit as Partial<MatchFields>, params, "nice"),
  }));
  const totalHits = response.totalHits ?? 0;
  if (!hasNiceCriteria(params)) {
    return {
      hits,
      totalHits,
      totalPages: response.totalPages ?? 0,
      ranked: null,
      facets,
      processingTimeMs: response.processingTimeMs,
    };
  }
  // Stable: among candidates meeting as many nice-to-haves, Meilisearch's order (relevance or sort) stays.
  const ranked = hits
    .map((hit, order) => ({ hit, order }))
    .sort((a, b) => b.hit.nice.length - a.hit.nice.length || a.order - b.order)
    .map(({ hit }) => hit);
  const start = (params.page - 1) * CANDIDATE_PER_PAGE;
  return {
    hits: ranked.slice(start, start + CANDIDATE_PER_PAGE),
    totalHits,
    totalPages: Math.ceil(ranked.length / CANDIDATE_PER_PAGE),
    ranked: ranked.length,
    facets,
    processingTimeMs: response.processingTimeMs,
  };
}
