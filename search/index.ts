/**
 * The search package's public surface. Import it only from server modules (`*.server.ts`,
 * scripts): it talks to Meilisearch with the master key.
 */
export { createSearchClient, searchHealth, IDENTITY_ENCODING } from "./client";
export type { SearchConnection, SearchHealth } from "./client";
export { applyIndexSettings, indexUid, INDEX_NAMES, INDEX_SETTINGS } from "./settings";
export type { AppliedSettings, IndexName } from "./settings";
