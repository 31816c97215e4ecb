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
  PER_PAGE_DEFAULT,
  PER_PAGE_MAX,
  POSTED_WITHIN,
  QUERY_MAX_LENGTH,
  type JobFacet,
  type PostedWithin,
} from "../app/data/job-search";
import { indexUid } from "./settings";

/** The values each facet accepts; built from the catalogue and the fair sessions in the database. */
export type JobSearchVocabulary = Record<JobFacet, readonly string[]>;

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
  return z.strictObject({
    q: z.string().trim().max(QUERY_MAX_LENGTH).default(""),
    page: z.coerce.number().int().min(1).max(MAX_PAGE).default(1),
    perPage: z.coerce.number().int().min(1).max(PER_PAGE_MAX).default(PER_PAGE_DEFAULT),
    sort: z.enum(JOB_SORTS).default("relevance"),
    posted: z.enum(posted).optional(),
    ...facets,
  });
}

export type JobSearchParams = z.infer<ReturnType<typeof jobSearchSchema>>;

export interface ParamProblem {
  param: string;
  /** What is wrong, for the caller to translate: unknown_param, repeated, or a zod issue code
   *  (invalid_value, invalid_type, too_small, too_big). */
  code: string;
}

const SCALARS = new Set(["q", "page", "perPage", "sort", "posted"]);

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
    for (const issue of parsed.error.issues) problems.push({ param: String(issue.path[0] ?? ""), code: issue.code });
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

/** Filters for everything selected, optionally leaving one facet (or the posted window) out. */
function filterFor(params: JobSearchParams, now: Date, leaveOut?: JobFacet | "posted"): string {
  const nowSeconds = unix(now);
  const posted = params.posted && leaveOut !== "posted" ? nowSeconds - POSTED_WITHIN[params.posted] * 86_400 : null;
  return and([
    // Expired jobs leave search at their validThrough even before any sync runs.
    `expiresAt > ${nowSeconds}`,
    posted === null ? null : `postedAt >= ${posted}`,
    ...JOB_FACET_NAMES.filter((facet) => facet !== leaveOut).map((facet) => anyOf(JOB_FACETS[facet], params[facet])),
  ]);
}

const SORT: Record<JobSearchParams["sort"], string[] | undefined> = {
  relevance: undefined,
  newest: ["postedAt:desc"],
  salary: ["salaryMonthlyMax:desc", "postedAt:desc"],
};

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
    sort: SORT[params.sort],
    page: params.page,
    hitsPerPage: params.perPage,
    facets: Object.values(JOB_FACETS),
    attributesToRetrieve: ["id"],
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
    hits: main.hits.map((hit) => ({
      id: String(hit.id),
      formatted: (hit._formatted ?? {}) as JobSearchHit["formatted"],
    })),
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
