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
  parseJobSearchParams,
  quoteFilterValue,
  searchJobs,
  searchSimilarJobIds,
} from "./job-query";
export type { JobSearchHit, JobSearchParams, JobSearchResult, JobSearchVocabulary, ParamProblem } from "./job-query";
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
