/**
 * A fingerprint of a search document, stored in the document itself (`contentHash`), so that the
 * consistency check (search/consistency.ts) compares an index with the database by fetching only
 * `id` + `contentHash` from Meilisearch instead of whole documents.
 */
import crypto from "node:crypto";

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/**
 * Keys sorted, and arrays of strings sorted too: they are sets (skills, sessions, …) whose order
 * comes from unordered relation queries and can differ between a one-row read and a batch read of
 * the same data. An order-only difference must not count as stale.
 */
function canonical(value: unknown): Json {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.every((item) => typeof item === "string") ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .filter((key) => key !== "contentHash" && (value as Record<string, unknown>)[key] !== undefined)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value as Json;
}

/** sha256 (hex) of the document's canonical JSON, without its own `contentHash`. */
export function contentHash(document: object): string {
  return crypto
    .createHash("sha256")
    .update(JSON.stringify(canonical(document)))
    .digest("hex");
}

export function withContentHash<T extends object>(document: T): T & { contentHash: string } {
  return { ...document, contentHash: contentHash(document) };
}
