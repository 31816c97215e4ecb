import { Meilisearch, MeilisearchRequestError, MeilisearchRequestTimeOutError } from "meilisearch";
import { withTimeout } from "../app/utils/promise";

/**
 * Meilisearch answers compressed responses ~44 ms late through Node's fetch; uncompressed ones in
 * ~2 ms (measured, see ../shared/notes/toolchain.md). Every request we send asks for identity.
 */
export const IDENTITY_ENCODING = { "Accept-Encoding": "identity" } as const;

export interface SearchConnection {
  url: string;
  apiKey: string;
  /** Prefix for every index name, so tests and several deployments can share one server. */
  indexPrefix: string;
}

export function createSearchClient({ url, apiKey }: Pick<SearchConnection, "url" | "apiKey">): Meilisearch {
  return new Meilisearch({
    host: url,
    apiKey,
    timeout: 5_000,
    requestInit: { headers: { ...IDENTITY_ENCODING } },
  });
}

export type SearchHealth = "ok" | "down";

/** "ok" when the server answers /health within `timeoutMs`; never throws. */
export async function searchHealth(client: Meilisearch, timeoutMs = 1_000): Promise<SearchHealth> {
  try {
    const result = await withTimeout(client.health(), timeoutMs);
    return result.status === "available" ? "ok" : "down";
  } catch {
    return "down";
  }
}

/** True for errors that mean "Meilisearch could not be reached", as opposed to a bad request. */
export function isSearchUnavailable(error: unknown): boolean {
  return error instanceof MeilisearchRequestError || error instanceof MeilisearchRequestTimeOutError;
}
