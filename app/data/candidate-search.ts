/**
 * The vocabulary of candidate search, shared by the search package, the pages and the browser (so:
 * plain data, no imports with weight).
 */

export const CRITERION_MODES = ["must", "nice", "exclude"] as const;
export type CriterionMode = (typeof CRITERION_MODES)[number];

/** Criteria on a catalogue key alone, and the index attribute each filters on. */
export const KEY_CRITERIA = {
  college: "collegeKey",
  major: "majorKey",
  city: "desiredCities",
  marketplace: "marketplaces",
} as const;
export type KeyCriterion = keyof typeof KEY_CRITERIA;

/** Criteria on a key with a minimum level (cumulative values in the index: "excel:2"). */
export const LEVEL_CRITERIA = {
  skill: "skills",
  unit: "abilityUnits",
  language: "languages",
} as const;
export type LevelCriterion = keyof typeof LEVEL_CRITERIA;

export const CRITERION_KINDS = [...Object.keys(KEY_CRITERIA), ...Object.keys(LEVEL_CRITERIA)] as (
  KeyCriterion | LevelCriterion
)[];

/**
 * Several MUST values of a single-valued attribute (a student has one college) mean "any of these";
 * on lists (skills, languages, marketplaces) they mean "all of these". Desired cities are a list,
 * but a company asks "wants to work in Hangzhou or Ningbo", so they are "any of" too.
 */
export const ANY_OF = new Set<string>(["college", "major", "city"]);

export const CANDIDATE_SORTS = ["relevance", "graduation", "availability", "completeness", "updated"] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];

/** Minimum degree: the same ranks as the index's degreeRank. */
export const DEGREE_MINIMUMS = ["SECONDARY", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"] as const;
export const DEGREE_RANKS: Record<(typeof DEGREE_MINIMUMS)[number], number> = {
  SECONDARY: 1,
  ASSOCIATE: 2,
  BACHELOR: 3,
  MASTER: 4,
  DOCTORATE: 5,
};

export const SKILL_LEVEL_MAX = 3;
/** CEFR ranks 1 = A1 … 6 = C2, as the index stores language levels. */
export const CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;

export const CANDIDATE_PER_PAGE = 20;
/** With nice-to-haves, the first this many MUST matches are re-ranked (see ADR 012). */
export const NICE_WINDOW = 1_000;
export const CRITERIA_MAX = 20;
export const CANDIDATE_QUERY_MAX_LENGTH = 200;
export const CANDIDATE_MAX_PAGE = Math.floor(100_000 / CANDIDATE_PER_PAGE);

/** Facets whose counts the page shows (level values like "excel:2" are dropped when read). */
export const CANDIDATE_FACETS = {
  college: "collegeKey",
  major: "majorKey",
  city: "desiredCities",
  marketplace: "marketplaces",
  skill: "skills",
  unit: "abilityUnits",
  language: "languages",
  graduationYear: "graduationYear",
  degree: "degree",
} as const;
export type CandidateFacet = keyof typeof CANDIDATE_FACETS;

/** Saved candidate searches: name length, and how many one company keeps. */
export const SAVED_SEARCH_NAME_MAX = 80;
export const SAVED_SEARCHES_MAX = 100;
