/**
 * Public job search, for the search page and the JSON API alike: parameters checked against the
 * vocabulary, Meilisearch for ranking and facets, the database for what may be shown.
 */
import { prisma } from "~/db.server";
import { getSearch } from "~/search.server";
import { cachedFor } from "~/utils/cache.server";
import {
  isSearchUnavailable,
  parseJobSearchParams,
  searchJobs,
  searchSimilarJobIds,
  suggestJobSearches,
  type JobSearchHit,
  type JobSearchSuggestion,
  type JobSearchParams,
  type JobSearchResult,
  type ParamProblem,
} from "../../search";
// Bundled with the server build (the index settings read the same file from disk).
import { synonyms as synonymGroups } from "../../prisma/catalogue/catalogue.json";
import { loadJobSearchVocabulary } from "./job-search-vocabulary.server";
import { listSearchableJobs, type JobCard } from "./job.server";

export type { JobSearchSuggestion };

export type { Label, SearchLabels } from "./job-search-vocabulary.server";
export { loadJobSearchVocabulary };

/** The vocabulary changes only with a catalogue import or a new session: a minute of staleness is fine. */
export const getJobSearchVocabulary = cachedFor(60_000, () => loadJobSearchVocabulary(prisma));

/**
 * Single Latin-script words a misspelt query may be corrected to: the words of the index's
 * synonym groups (the catalogue's cross-border vocabulary: amazon, shopee, logistics, …).
 */
const CORRECTION_TERMS: readonly string[] = [
  ...new Set(
    (synonymGroups as string[][])
      .flat()
      .map((word) => word.trim().toLowerCase())
      .filter((word) => /^[a-z][a-z.-]{2,}$/.test(word)),
  ),
].sort();

export type FoundJob = JobCard & { highlight: JobSearchHit["formatted"]; distanceMeters?: number };

export type JobSearchOutcome =
  | {
      status: "ok";
      params: JobSearchParams;
      result: Omit<JobSearchResult, "hits"> & { jobs: FoundJob[] };
      /** Ways out of a search that found nothing (empty otherwise). */
      suggestions: JobSearchSuggestion[];
    }
  | { status: "invalid"; problems: ParamProblem[] }
  | { status: "unavailable"; params: JobSearchParams };

export async function searchPublicJobs(query: URLSearchParams, now = new Date()): Promise<JobSearchOutcome> {
  const parsed = parseJobSearchParams(query, (await getJobSearchVocabulary()).values);
  if (!parsed.ok) return { status: "invalid", problems: parsed.problems };
  const { client, prefix } = getSearch();
  let found: JobSearchResult;
  try {
    found = await searchJobs(client, prefix, parsed.params, now);
  } catch (error) {
    if (isSearchUnavailable(error)) return { status: "unavailable", params: parsed.params };
    throw error;
  }
  const { hits, ...rest } = found;
  // The database has the last word: a job closed a moment ago is dropped even if the index lags.
  const cards = await listSearchableJobs(
    hits.map((hit) => hit.id),
    now,
  );
  const byId = new Map(hits.map((hit) => [hit.id, hit]));
  let suggestions: JobSearchSuggestion[] = [];
  if (rest.totalHits === 0) {
    try {
      suggestions = await suggestJobSearches(client, prefix, parsed.params, CORRECTION_TERMS, now);
    } catch (error) {
      // The results are there; help is a bonus that may fail alone.
      if (!isSearchUnavailable(error)) throw error;
    }
  }
  return {
    status: "ok",
    params: parsed.params,
    result: {
      ...rest,
      jobs: cards.map((card) => {
        const hit = byId.get(card.id);
        return {
          ...card,
          highlight: hit?.formatted ?? {},
          ...(hit?.distanceMeters === undefined ? {} : { distanceMeters: hit.distanceMeters }),
        };
      }),
    },
    suggestions,
  };
}

/** Open jobs like this one, for its page; none while search is unavailable. */
export async function findSimilarJobs(
  job: { id: string; family: { key: string }; titleZh: string; titleEn: string },
  locale: "zh-CN" | "en",
  now = new Date(),
): Promise<JobCard[]> {
  const { client, prefix } = getSearch();
  try {
    const text = locale === "zh-CN" ? job.titleZh : job.titleEn;
    const ids = await searchSimilarJobIds(client, prefix, { id: job.id, familyKey: job.family.key, text }, { now });
    return await listSearchableJobs(ids, now);
  } catch (error) {
    if (isSearchUnavailable(error)) return [];
    throw error;
  }
}
