/**
 * Public job search, for the search page and the JSON API alike: parameters checked against the
 * vocabulary, Meilisearch for ranking and facets, the database for what may be shown.
 */
import { CITY_KEYS } from "~/data/zhejiang";
import { SALARY_BANDS } from "~/data/job-search";
import { prisma } from "~/db.server";
import { Education, EmploymentType, RoleLevel } from "~/generated/prisma/enums";
import { getSearch } from "~/search.server";
import { cachedFor } from "~/utils/cache.server";
import {
  isSearchUnavailable,
  parseJobSearchParams,
  searchJobs,
  searchSimilarJobIds,
  type JobSearchHit,
  type JobSearchParams,
  type JobSearchResult,
  type JobSearchVocabulary,
  type ParamProblem,
} from "../../search";
import { listSearchableJobs, type JobCard } from "./job.server";

export interface Label {
  zh: string;
  en: string;
}

/** Names of the facet values that live in the database (the rest are translations or places). */
export type SearchLabels = Record<"family" | "marketplace" | "language" | "session", Record<string, Label>>;

async function loadVocabulary(): Promise<{ values: JobSearchVocabulary; labels: SearchLabels }> {
  const names = { select: { key: true, nameZh: true, nameEn: true } } as const;
  const [families, marketplaces, languages, sessions] = await Promise.all([
    prisma.talentFamily.findMany({ ...names, orderBy: { sortOrder: "asc" } }),
    prisma.marketplace.findMany({ ...names, orderBy: { key: "asc" } }),
    prisma.language.findMany({ ...names, orderBy: { key: "asc" } }),
    prisma.fairSession.findMany({ select: { slug: true, themeZh: true, themeEn: true }, orderBy: { startsAt: "asc" } }),
  ]);
  const labels = (rows: { key: string; nameZh: string; nameEn: string }[]) =>
    Object.fromEntries(rows.map((row) => [row.key, { zh: row.nameZh, en: row.nameEn }]));
  return {
    values: {
      family: families.map((f) => f.key),
      level: Object.values(RoleLevel),
      city: CITY_KEYS,
      salary: SALARY_BANDS.map((band) => band.key),
      marketplace: marketplaces.map((m) => m.key),
      language: languages.map((l) => l.key),
      type: Object.values(EmploymentType),
      education: Object.values(Education),
      session: sessions.map((s) => s.slug),
    },
    labels: {
      family: labels(families),
      marketplace: labels(marketplaces),
      language: labels(languages),
      session: Object.fromEntries(sessions.map((s) => [s.slug, { zh: s.themeZh, en: s.themeEn }])),
    },
  };
}

/** The vocabulary changes only with a catalogue import or a new session: a minute of staleness is fine. */
export const getJobSearchVocabulary = cachedFor(60_000, loadVocabulary);

export type FoundJob = JobCard & { highlight: JobSearchHit["formatted"] };

export type JobSearchOutcome =
  | { status: "ok"; params: JobSearchParams; result: Omit<JobSearchResult, "hits"> & { jobs: FoundJob[] } }
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
  const highlights = new Map(hits.map((hit) => [hit.id, hit.formatted]));
  return {
    status: "ok",
    params: parsed.params,
    result: { ...rest, jobs: cards.map((card) => ({ ...card, highlight: highlights.get(card.id) ?? {} })) },
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
