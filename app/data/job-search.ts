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

/** "distance" needs a `near` place to measure from. */
export const JOB_SORTS = ["relevance", "newest", "salary", "distance"] as const;
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

/** Radii of the "near" filter, in kilometres. */
export const NEAR_RADII_KM = [2, 5, 10, 25] as const;
export type NearRadius = (typeof NEAR_RADII_KM)[number];
export const NEAR_RADIUS_DEFAULT: NearRadius = 10;
/** A "near" point typed as "lat,lng" (decimal degrees). */
export const NEAR_POINT_PATTERN = /^\s*(-?\d{1,3}(?:\.\d{1,8})?)\s*,\s*(-?\d{1,3}(?:\.\d{1,8})?)\s*$/;

/** Debounce of the search box while typing. */
export const TYPING_DEBOUNCE_MS = 250;

/** Students' saved job searches. */
export const SAVED_SEARCH_NAME_MAX = 80;
export const SAVED_SEARCHES_PER_STUDENT = 20;
export const ALERT_FREQUENCIES = ["NONE", "INSTANT", "DAILY"] as const;
export type AlertChoice = (typeof ALERT_FREQUENCIES)[number];
/** Parameters of the search page that are not part of a saved search (where you were, the language). */
export const NOT_SAVED_PARAMS = ["page", "lng"] as const;
