/**
 * The search package's public surface. Import it only from server modules (`*.server.ts`,
 * scripts): it talks to Meilisearch with the master key.
 */
export { createSearchClient, isSearchUnavailable, searchHealth, IDENTITY_ENCODING } from "./client";
export type { SearchConnection, SearchHealth } from "./client";
export { applyIndexSettings, applySettings, ensureIndex, indexSettings, indexUid, INDEX_NAMES } from "./settings";
export type { AppliedSettings, IndexName } from "./settings";
export { JOB_DOCUMENT_SELECT, isSearchable, searchableWhere, toJobDocument } from "./job-documents";
export type { JobDocument, JobRow } from "./job-documents";
export { reindexJobs, syncJob } from "./job-sync";
export type { ReindexOptions, ReindexResult, SyncContext } from "./index-sync";
export {
  HIGHLIGHT_POST,
  HIGHLIGHT_PRE,
  activeFilters,
  buildAlertSearch,
  parseJobSearchParams,
  quoteFilterValue,
  searchJobs,
  searchSimilarJobIds,
  suggestJobSearches,
} from "./job-query";
export type {
  GeoPoint,
  JobSearchHit,
  JobSearchParams,
  JobSearchResult,
  JobSearchSuggestion,
  JobSearchVocabulary,
  NearPlace,
  ParamProblem,
  RelaxableFilter,
} from "./job-query";
export { syncCandidate } from "./candidate-sync";
export { reindexCandidates } from "./candidate-sync";
export {
  CANDIDATE_DOCUMENT_SELECT,
  candidateIndexSettings,
  cumulativeLevels,
  discoverableWhere,
  isDiscoverable,
  toCandidateDocument,
} from "./candidate-documents";
export type { CandidateDocument, CandidateRow } from "./candidate-documents";
export {
  buildCandidateSearch,
  candidateFilter,
  candidateQueryString,
  criterionCondition,
  hasNiceCriteria,
  matchedCriteria,
  parseCandidateSearchParams,
  searchCandidateIndex,
} from "./candidate-query";
export type {
  CandidateCriteria,
  CandidateFacet,
  CandidateSearchHit,
  CandidateSearchParams,
  CandidateSearchResult,
  CandidateSearchVocabulary,
  CandidateSort,
  CriterionMode,
  KeyCriterion,
  KeyCriterionValue,
  LevelCriterion,
  LevelCriterionValue,
  MatchedCriterion,
} from "./candidate-query";
export { checkIndex, checkIndexes, describeReport, isConsistent } from "./consistency";
export type { ConsistencyOptions, IndexReport } from "./consistency";
export { contentHash } from "./content-hash";
export { matchScore, FACTORS, WEIGHTS, graduatingClass } from "./match-score";
export type { Factor, MatchJob, MatchResult, MatchStudent, Reason } from "./match-score";
export { matchJobFromDocument, matchStudentFromDocument } from "./match-inputs";
export { rankCandidates, recommendJobs, RETRIEVAL_WINDOW } from "./recommend";
export type { Ranked, RankedPage } from "./recommend";
