/**
 * Job search: one parameter schema for the search page and the JSON API, and the Meilisearch
 * requests built from it. Values are checked against the known vocabulary AND quoted and escaped
 * in filters, so user text can never change a filter's meaning.
 */
import type { Meilisearch, MultiSearchQuery, SearchResponse } from "meilisearch";
import { z } from "zod";
import {
  JOB_FACETS,
  JOB_FACET_NAMES,
  JOB_SORTS,
  NEAR_POINT_PATTERN,
  NEAR_RADII_KM,
  NEAR_RADIUS_DEFAULT,
  PER_PAGE_DEFAULT,
  PER_PAGE_MAX,
  POSTED_WITHIN,
  QUERY_MAX_LENGTH,
  type JobFacet,
  type PostedWithin,
} from "../app/data/job-search";
import { indexUid } from "./settings";

export interface GeoPoint {
  lat: number;
  lng: number;
}

/**
 * The values each facet accepts (built from the catalogue and the fair sessions in the database),
 * and the colleges a "near" search may start from.
 */
export type JobSearchVocabulary = Record<JobFacet, readonly string[]> & {
  colleges?: Readonly<Record<string, GeoPoint>>;
};

/** Where a "near" search measures from: a college (by key) or a typed point. */
export type NearPlace = GeoPoint & { college?: string };

/** Highlight markers: control characters no form can submit, turned into <mark> by the page. */
export const HIGHLIGHT_PRE = "\u0001";
export const HIGHLIGHT_POST = "\u0002";

/** Highest page reachable (Meilisearch's maxTotalHits is 100,000). */
const MAX_PAGE = Math.floor(100_000 / PER_PAGE_MAX);

export function jobSearchSchema(vocabulary: JobSearchVocabulary) {
  const facets = Object.fromEntries(
    JOB_FACET_NAMES.map((facet) => {
      const known = vocabulary[facet];
      // An empty vocabulary (no fair sessions yet) accepts no value at all.
      const value: z.ZodType<string> = known.length > 0 ? z.enum(known as [string, ...string[]]) : z.never();
      return [facet, z.array(value).max(Math.max(known.length, 1)).default([])];
    }),
  ) as Record<JobFacet, z.ZodDefault<z.ZodArray<z.ZodType<string>>>>;
  const posted = Object.keys(POSTED_WITHIN) as [PostedWithin, ...PostedWithin[]];
  const colleges = vocabulary.colleges ?? {};
  // A college key from the vocabulary, or "lat,lng"; anything else is refused, never passed on.
  const near = z
    .string()
    .trim()
    .max(100)
    .transform((value, ctx): NearPlace | typeof z.NEVER => {
      const college = Object.hasOwn(colleges, value) ? colleges[value] : undefined;
      if (college) return { college: value, lat: college.lat, lng: college.lng };
      const point = NEAR_POINT_PATTERN.exec(value);
      const [lat, lng] = point ? [Number(point[1]), Number(point[2])] : [NaN, NaN];
      if (Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return { lat, lng };
      ctx.addIssue({ code: "custom", message: "near_unknown" });
      return z.NEVER;
    });
  const radii = NEAR_RADII_KM.map(String) as [string, ...string[]];
  return z
    .strictObject({
      q: z.string().trim().max(QUERY_MAX_LENGTH).default(""),
      page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
      perPage: z.coerce.number().int().min(1).max(PER_PAGE_MAX).default(PER_PAGE_DEFAULT),
      sort: z.enum(JOB_SORTS).default("relevance"),
      posted: z.enum(posted).optional(),
      near: near.optional(),
      // The form always sends a radius; it only counts together with `near`.
      radius: z.enum(radii).transform(Number).default(NEAR_RADIUS_DEFAULT),
      ...facets,
    })
    .superRefine((params, ctx) => {
      if (params.sort === "distance" && !params.near) {
        ctx.addIssue({ code: "custom", path: ["sort"], message: "distance_needs_near" });
      }
    });
}

export type JobSearchParams = z.infer<ReturnType<typeof jobSearchSchema>>;

export interface ParamProblem {
  param: string;
  /** What is wrong, for the caller to translate: unknown_param, repeated, or a zod issue code
   *  (invalid_value, invalid_type, too_small, too_big). */
  code: string;
}

const SCALARS = new Set(["q", "page", "perPage", "sort", "posted", "near", "radius"]);

/**
 * Reads search parameters from a query string: facets may repeat (family=a&family=b), the others
 * may appear once. Unknown parameters and invalid values are problems, never silently dropped.
 */
export function parseJobSearchParams(
  query: URLSearchParams,
  vocabulary: JobSearchVocabulary,
): { ok: true; params: JobSearchParams } | { ok: false; problems: ParamProblem[] } {
  const problems: ParamProblem[] = [];
  const raw: Record<string, unknown> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name).filter((value) => value !== "");
    if (SCALARS.has(name)) {
      if (values.length > 1) problems.push({ param: name, code: "repeated" });
      else if (values.length === 1) raw[name] = values[0];
    } else if ((JOB_FACET_NAMES as string[]).includes(name)) {
      raw[name] = [...new Set(values)];
    } else {
      problems.push({ param: name, code: "unknown_param" });
    }
  }
  const parsed = jobSearchSchema(vocabulary).safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      // Our own refinements carry their code as the message (near_unknown, distance_needs_near).
      problems.push({ param: String(issue.path[0] ?? ""), code: issue.code === "custom" ? issue.message : issue.code });
    }
  }
  return problems.length > 0 || !parsed.success ? { ok: false, problems } : { ok: true, params: parsed.data };
}

/** A Meilisearch filter string literal: the value in double quotes, with `\` and `"` escaped. */
export function quoteFilterValue(value: string): string {
  return `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

function anyOf(attribute: string, values: readonly string[]): string | null {
  return values.length === 0
    ? null
    : `(${values.map((value) => `${attribute} = ${quoteFilterValue(value)}`).join(" OR ")})`;
}

function and(parts: (string | null)[]): string {
  return parts.filter((part): part is string => part !== null).join(" AND ");
}

const unix = (date: Date) => Math.floor(date.getTime() / 1000);

/** A filter that can be left out of a query: a facet, the posted window or the near radius. */
export type RelaxableFilter = JobFacet | "posted" | "near";

/** Numbers only (parsed, finite): a coordinate can never carry filter syntax. */
const coordinate = (value: number) => {
  if (!Number.isFinite(value)) throw new Error("coordinate is not a finite number");
  return String(value);
};

/** Filters for everything selected, optionally leaving one facet (or the posted window, or near) out. */
function filterFor(
  params: JobSearchParams,
  now: Date,
  leaveOut?: RelaxableFilter,
  extra: (string | null)[] = [],
): string {
  const nowSeconds = unix(now);
  const posted = params.posted && leaveOut !== "posted" ? nowSeconds - POSTED_WITHIN[params.posted] * 86_400 : null;
  const near =
    params.near && leaveOut !== "near"
      ? `_geoRadius(${coordinate(params.near.lat)}, ${coordinate(params.near.lng)}, ${params.radius * 1000})`
      : null;
  return and([
    // Expired jobs leave search at their validThrough even before any sync runs.
    `expiresAt > ${nowSeconds}`,
    posted === null ? null : `postedAt >= ${posted}`,
    near,
    ...JOB_FACET_NAMES.filter((facet) => facet !== leaveOut).map((facet) => anyOf(JOB_FACETS[facet], params[facet])),
    ...extra,
  ]);
}

function sortFor(params: JobSearchParams): string[] | undefined {
  switch (params.sort) {
    case "relevance":
      return undefined;
    case "newest":
      return ["postedAt:desc"];
    case "salary":
      return ["salaryMonthlyMax:desc", "postedAt:desc"];
    case "distance":
      return params.near
        ? [`_geoPoint(${coordinate(params.near.lat)}, ${coordinate(params.near.lng)}):asc`, "postedAt:desc"]
        : undefined;
  }
}

/** Great-circle distance in metres (haversine; Meilisearch measures the same way). */
export function distanceMeters(a: GeoPoint, b: GeoPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The multi-search that answers one page of results: the main query, one query per selected
 * facet without its own filter (so a facet keeps showing its other options while one is selected),
 * and one count per "posted within" window.
 */
export function buildJobSearch(params: JobSearchParams, prefix: string, now: Date): MultiSearchQuery[] {
  const indexUidJobs = indexUid(prefix, "jobs");
  const countOnly = { indexUid: indexUidJobs, q: params.q, page: 1, hitsPerPage: 0 };
  const main: MultiSearchQuery = {
    indexUid: indexUidJobs,
    q: params.q,
    filter: filterFor(params, now),
    sort: sortFor(params),
    page: params.page,
    hitsPerPage: params.perPage,
    facets: Object.values(JOB_FACETS),
    attributesToRetrieve: ["id", "_geo"],
    attributesToHighlight: ["titleZh", "titleEn", "companyNameZh", "companyNameEn"],
    attributesToCrop: ["descriptionZh", "descriptionEn"],
    cropLength: 40,
    highlightPreTag: HIGHLIGHT_PRE,
    highlightPostTag: HIGHLIGHT_POST,
  };
  const disjunctive = JOB_FACET_NAMES.filter((facet) => params[facet].length > 0).map((facet): MultiSearchQuery => ({
    ...countOnly,
    filter: filterFor(params, now, facet),
    facets: [JOB_FACETS[facet]],
  }));
  const postedCounts = (Object.keys(POSTED_WITHIN) as PostedWithin[]).map((window): MultiSearchQuery => ({
    ...countOnly,
    filter: filterFor({ ...params, posted: window }, now),
  }));
  return [main, ...disjunctive, ...postedCounts];
}

export interface JobSearchHit {
  id: string;
  /** From the `near` place, when there is one. */
  distanceMeters?: number;
  /** Highlighted (HIGHLIGHT_PRE/POST) and cropped text from the index. */
  formatted: Partial<
    Record<"titleZh" | "titleEn" | "companyNameZh" | "companyNameEn" | "descriptionZh" | "descriptionEn", string>
  >;
}

export interface JobSearchResult {
  hits: JobSearchHit[];
  totalHits: number;
  totalPages: number;
  facets: Record<JobFacet, Record<string, number>>;
  posted: Record<PostedWithin, number>;
  processingTimeMs: number;
}

export async function searchJobs(client: Meilisearch, prefix: string, params: JobSearchParams, now = new Date()) {
  const queries = buildJobSearch(params, prefix, now);
  const { results } = await client.multiSearch({ queries });
  return readJobSearch(params, results as SearchResponse<Record<string, unknown>>[]);
}

function readJobSearch(params: JobSearchParams, results: SearchResponse<Record<string, unknown>>[]): JobSearchResult {
  const [main, ...rest] = results;
  if (!main) throw new Error("empty multi-search response");
  const selected = JOB_FACET_NAMES.filter((facet) => params[facet].length > 0);
  const ownCounts = new Map(selected.map((facet, i) => [facet, rest[i]?.facetDistribution?.[JOB_FACETS[facet]]]));
  const postedResults = rest.slice(selected.length);
  return {
    hits: main.hits.map((hit) => {
      const geo = hit._geo as GeoPoint | undefined;
      return {
        id: String(hit.id),
        formatted: (hit._formatted ?? {}) as JobSearchHit["formatted"],
        ...(params.near && geo ? { distanceMeters: Math.round(distanceMeters(params.near, geo)) } : {}),
      };
    }),
    totalHits: main.totalHits ?? 0,
    totalPages: main.totalPages ?? 0,
    facets: Object.fromEntries(
      JOB_FACET_NAMES.map((facet) => [
        facet,
        ownCounts.get(facet) ?? main.facetDistribution?.[JOB_FACETS[facet]] ?? {},
      ]),
    ) as JobSearchResult["facets"],
    posted: Object.fromEntries(
      (Object.keys(POSTED_WITHIN) as PostedWithin[]).map((window, i) => [window, postedResults[i]?.totalHits ?? 0]),
    ) as JobSearchResult["posted"],
    processingTimeMs: Math.max(...results.map((result) => result.processingTimeMs)),
  };
}

/** Ids of up to `limit` open jobs of the same family whose titles resemble `text`. */
export async function searchSimilarJobIds(
  client: Meilisearch,
  prefix: string,
  job: { id: string; familyKey: string; text: string },
  { limit = 4, now = new Date() }: { limit?: number; now?: Date } = {},
): Promise<string[]> {
  const { hits } = await client.index(indexUid(prefix, "jobs")).search(job.text, {
    filter: and([`familyKey = ${quoteFilterValue(job.familyKey)}`, `expiresAt > ${unix(now)}`]),
    // Any shared word counts: similar, not identical.
    matchingStrategy: "last",
    limit: limit + 1,
    attributesToRetrieve: ["id"],
  });
  return hits
    .map((hit) => String(hit.id))
    .filter((id) => id !== job.id)
    .slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// "Did you mean": what a search with no results could become

export type JobSearchSuggestion =
  /** The same search without one filter. */
  | { kind: "relax"; filter: RelaxableFilter; count: number }
  /** The same filters with another query ("" drops the query). */
  | { kind: "query"; q: string; count: number };

/** Optimal string alignment distance (Levenshtein with adjacent swaps), stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      row.push(best);
    }
    if (Math.min(...row) > max) return max + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/**
 * The known term nearest to a (Latin-script) word, within one edit for short words and two for
 * longer ones; null when the word is a term already or nothing is near. Chinese has no spelling
 * mistakes of this kind, so only Latin words are corrected.
 */
export function closestTerm(word: string, terms: readonly string[]): string | null {
  const lower = word.toLowerCase();
  if (!/^[a-z][a-z.-]{2,}$/.test(lower) || terms.includes(lower)) return null;
  const max = lower.length <= 5 ? 1 : 2;
  let best: { term: string; distance: number } | null = null;
  for (const term of terms) {
    if (term.includes(" ")) continue;
    const distance = editDistance(lower, term, max);
    if (distance <= max && (!best || distance < best.distance || (distance === best.distance && term < best.term))) {
      best = { term, distance };
    }
  }
  return best?.term ?? null;
}

/** Other queries to try: each misspelt word corrected, and (for 2-4 words) each word left out. */
export function queryAlternatives(q: string, terms: readonly string[]): string[] {
  const words = q.split(/\s+/).filter(Boolean);
  const alternatives = new Set<string>();
  words.forEach((word, i) => {
    const term = closestTerm(word, terms);
    if (term) alternatives.add([...words.slice(0, i), term, ...words.slice(i + 1)].join(" "));
  });
  if (words.length >= 2 && words.length <= 4) {
    words.forEach((_, i) => alternatives.add(words.filter((__, j) => j !== i).join(" ")));
  }
  alternatives.delete(q);
  return [...alternatives].slice(0, 6);
}

/** Filters in use that a suggestion may drop, in the order they are offered. */
export function activeFilters(params: JobSearchParams): RelaxableFilter[] {
  return [
    ...(params.near ? (["near"] as const) : []),
    ...JOB_FACET_NAMES.filter((facet) => params[facet].length > 0),
    ...(params.posted ? (["posted"] as const) : []),
  ];
}

/**
 * Counts for every way out of a zero-result search, in one multi-search: each active filter left
 * out, the query left out, and the query's alternatives. Only the ways that find something return.
 */
export async function suggestJobSearches(
  client: Meilisearch,
  prefix: string,
  params: JobSearchParams,
  terms: readonly string[],
  now = new Date(),
): Promise<JobSearchSuggestion[]> {
  const uid = indexUid(prefix, "jobs");
  type Candidate = { kind: "relax"; filter: RelaxableFilter } | { kind: "query"; q: string };
  const candidates: Candidate[] = [
    ...activeFilters(params).map((filter) => ({ kind: "relax" as const, filter })),
    ...(params.q ? [{ kind: "query" as const, q: "" }] : []),
    ...queryAlternatives(params.q, terms).map((q) => ({ kind: "query" as const, q })),
  ];
  if (candidates.length === 0) return [];
  const queries = candidates.map((candidate): MultiSearchQuery => ({
    indexUid: uid,
    q: candidate.kind === "query" ? candidate.q : params.q,
    filter: filterFor(params, now, candidate.kind === "relax" ? candidate.filter : undefined),
    page: 1,
    hitsPerPage: 0,
  }));
  const { results } = await client.multiSearch({ queries });
  return candidates
    .map((candidate, i) => ({ ...candidate, count: results[i]?.totalHits ?? 0 }) as JobSearchSuggestion)
    .filter((suggestion) => suggestion.count > 0);
}

// ---------------------------------------------------------------------------------------------
// Saved-search alerts

/**
 * The query of a saved search's alert: its text and filters, restricted to jobs posted in
 * [since, until] (Unix seconds; `since` rounded down, so the caller drops what it mailed before
 * by the exact time), newest first.
 */
export function buildAlertSearch(
  params: JobSearchParams,
  prefix: string,
  { since, until, limit }: { since: Date; until: Date; limit: number },
): MultiSearchQuery {
  return {
    indexUid: indexUid(prefix, "jobs"),
    q: params.q,
    filter: filterFor(params, until, undefined, [`postedAt >= ${unix(since)}`, `postedAt <= ${unix(until)}`]),
    sort: ["postedAt:desc"],
    page: 1,
    hitsPerPage: limit,
    attributesToRetrieve: ["id"],
  };
}
