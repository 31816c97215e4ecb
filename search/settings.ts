/**
 * Index settings as code. `applyIndexSettings` compares what the server has with what is written
 * here and sends only the differences, so running it on every start (or from several workers at
 * once) is cheap and idempotent.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { MeilisearchApiError, type Meilisearch, type Settings } from "meilisearch";
import { candidateIndexSettings } from "./candidate-documents";

export const INDEX_NAMES = ["jobs", "candidates"] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

const CATALOGUE = fileURLToPath(new URL("../prisma/catalogue/catalogue.json", import.meta.url));

/**
 * Multi-way synonyms from the catalogue's groups (亚马逊 ↔ amazon, 独立站 ↔ shopify ↔ dtc, …):
 * every word of a group finds the others.
 */
export function synonymsFromGroups(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.trim().toLowerCase()).filter(Boolean))];
    for (const word of words) {
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...words.filter((other) => other !== word)])];
    }
  }
  return synonyms;
}

function catalogueSynonyms(): Record<string, string[]> {
  const { synonyms } = JSON.parse(fs.readFileSync(CATALOGUE, "utf8")) as { synonyms: string[][] };
  return synonymsFromGroups(synonyms);
}

function jobsSettings(): Settings {
  return {
    // Order matters: earlier attributes weigh more in relevance.
    searchableAttributes: [
      "titleZh",
      "titleEn",
      "companyNameZh",
      "companyNameEn",
      "marketplaces",
      "descriptionZh",
      "descriptionEn",
    ],
    filterableAttributes: [
      "familyKey",
      "roleKey",
      "level",
      "city",
      "district",
      "salaryBand",
      "marketplaces",
      "languages",
      // Retrieval for "Jobs for you" (recommend.ts).
      "skills",
      "abilityUnits",
      "employmentType",
      "education",
      "sessions",
      "companyId",
      "postedAt",
      "expiresAt",
      "_geo",
    ],
    sortableAttributes: ["postedAt", "salaryMonthlyMax", "_geo"],
    // Tell the tokenizer which fields are Chinese and which English, rather than guessing per value.
    localizedAttributes: [
      { attributePatterns: ["*Zh"], locales: ["cmn"] },
      { attributePatterns: ["*En"], locales: ["eng"] },
    ],
    // Proximity counts "same attribute or not" instead of word distances: about 2× faster
    // indexing, same matches, coarser order for multi-word queries (ADR 015).
    proximityPrecision: "byAttribute",
    synonyms: catalogueSynonyms(),
    faceting: { maxValuesPerFacet: 200 },
    // Exact totals for the whole fair (15,000+ jobs), not Meilisearch's default cap of 1,000.
    pagination: { maxTotalHits: 100_000 },
  };
}

/** The settings of each index, read when applied (the synonyms come from the catalogue file). */
export function indexSettings(name: IndexName): Settings {
  switch (name) {
    case "jobs":
      return jobsSettings();
    case "candidates":
      return candidateIndexSettings();
  }
}

export function indexUid(prefix: string, name: IndexName): string {
  return `${prefix}${name}`;
}

/** Settings whose value is a set: the server may return them in another order. */
const SET_VALUED = new Set<keyof Settings>([
  "filterableAttributes",
  "sortableAttributes",
  "stopWords",
  "separatorTokens",
  "nonSeparatorTokens",
  "dictionary",
]);

function canonical(key: keyof Settings, value: unknown): string {
  const sortKeys = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sortKeys);
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v as Record<string, unknown>)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, inner]) => [k, sortKeys(inner)]),
      );
    }
    return v;
  };
  const normal = SET_VALUED.has(key) && Array.isArray(value) ? [...value].map(String).sort() : value;
  return JSON.stringify(sortKeys(normal));
}

/** The part of `desired` that differs from `current` (nested objects compared on the keys we set). */
export function settingsDiff(current: Settings, desired: Settings): Settings {
  const diff: Record<string, unknown> = {};
  for (const [key, want] of Object.entries(desired) as [keyof Settings, unknown][]) {
    let have: unknown = current[key];
    if (want && typeof want === "object" && !Array.isArray(want) && have && typeof have === "object") {
      have = Object.fromEntries(Object.keys(want).map((k) => [k, (have as Record<string, unknown>)[k]]));
    }
    if (canonical(key, have) !== canonical(key, want)) diff[key] = want;
  }
  return diff as Settings;
}

/** Creates the index if it does not exist yet (idempotent, also when two workers race). */
export async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.cause?.code !== "index_not_found") throw error;
    const task = await client.createIndex(uid, { primaryKey: "id" }).waitTask();
    if (task.status === "failed" && task.error?.code !== "index_already_exists") {
      throw new Error(`Creating index ${uid} failed: ${task.error?.message}`);
    }
  }
}

/** Brings one index's settings to `desired`, sending only the differences; returns the keys changed. */
export async function applySettings(client: Meilisearch, uid: string, desired: Settings): Promise<(keyof Settings)[]> {
  await ensureIndex(client, uid);
  const index = client.index(uid);
  const diff = settingsDiff(await index.getSettings(), desired);
  const changed = Object.keys(diff) as (keyof Settings)[];
  if (changed.length > 0) {
    const task = await index.updateSettings(diff).waitTask({ timeout: 300_000 });
    if (task.status !== "succeeded") throw new Error(`Updating settings of ${uid} failed: ${task.error?.message}`);
  }
  return changed;
}

export interface AppliedSettings {
  index: string;
  changed: (keyof Settings)[];
}

/** Creates missing indexes and brings their settings to what this file says; returns what changed. */
export async function applyIndexSettings(client: Meilisearch, prefix: string): Promise<AppliedSettings[]> {
  const results: AppliedSettings[] = [];
  for (const name of INDEX_NAMES) {
    const uid = indexUid(prefix, name);
    results.push({ index: uid, changed: await applySettings(client, uid, indexSettings(name)) });
  }
  return results;
}
