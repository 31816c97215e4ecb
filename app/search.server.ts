import type { Meilisearch } from "meilisearch";
import { createSearchClient, searchHealth, type SearchHealth } from "../search";
import { getEnv } from "./env.server";

let client: Meilisearch | undefined;

/** The server-side Meilisearch client and index prefix (MEILI_URL / MEILI_MASTER_KEY). */
export function getSearch(): { client: Meilisearch; prefix: string } {
  const env = getEnv();
  if (!env.MEILI_URL || !env.MEILI_MASTER_KEY) {
    throw new Error("MEILI_URL and MEILI_MASTER_KEY are not set; start the portal with `npm start` or `npm run dev`.");
  }
  client ??= createSearchClient({ url: env.MEILI_URL, apiKey: env.MEILI_MASTER_KEY });
  return { client, prefix: env.MEILI_INDEX_PREFIX };
}

export function checkSearchHealth(): Promise<SearchHealth> {
  return searchHealth(getSearch().client);
}
