/**
 * The vocabulary of job search, shared by the search page, the JSON API, the index and the
 * browser (so: plain data, no imports with weight).
 */

/** Facet name in URLs and the API → attribute in the jobs index. */
export const JOB_FACETS = {
  family: "familyKey",
  level: "level",
  city: "city",
  salary: "salaryBand",
  marketplace: "marketplaces",
  language: "languages",
  type: "employmentType",
  education: "education",
  session: "sessions",
} as const;
export type JobFacet = keyof typeof JOB_FACETS;
export const JOB_FACET_NAMES = Object.keys(JOB_FACETS) as JobFacet[];

export const JOB_SORTS = ["relevance", "newest", "salary"] as const;
export type JobSort = (typeof JOB_SORTS)[number];

/** "Posted within" windows, in days. */
export const POSTED_WITHIN = { "1d": 1, "7d": 7, "30d": 30 } as const;
export type PostedWithin = keyof typeof POSTED_WITHIN;

/** Monthly salary bands (CNY, by the upper bound of the range, normalised to a month). */
export const SALARY_BANDS = [
  { key: "under-5k", below: 5_000 },
  { key: "5k-8k", below: 8_000 },
  { key: "8k-12k", below: 12_000 },
  { key: "12k-20k", below: 20_000 },
  { key: "20k-plus", below: Infinity },
] as const;
export type SalaryBand = (typeof SALARY_BANDS)[number]["key"];

export const PER_PAGE_DEFAULT = 20;
export const PER_PAGE_MAX = 50;
export const QUERY_MAX_LENGTH = 200;
