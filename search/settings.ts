/**
 * Index settings as code. `applyIndexSettings` compares what the server has with what is written
 * here and sends only the differences, so running it on every start (or from several workers at
 * once) is cheap and idempotent.
 */
import { MeilisearchApiError, type Meilisearch, type Settings } from "meilisearch";

export const INDEX_NAMES = ["jobs"] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

export const INDEX_SETTINGS: Record<IndexName, Settings> = {
  jobs: {
    // Order matters: earlier attributes weigh more in relevance.
    searchableAttributes: ["titleZh", "titleEn", "companyNameZh", "companyNameEn", "descriptionZh", "descriptionEn"],
    filterableAttributes: ["status", "familyKey", "level", "city", "sessionIds", "postedAt"],
    sortableAttributes: ["postedAt", "salaryMax"],
    // Exact totals for the whole fair (15,000+ jobs), not Meilisearch's default cap of 1,000.
    pagination: { maxTotalHits: 100_000 },
  },
};

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

async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  try {
    await client.getRawIndex(uid);
  } catch (error) {
    if (!(error instanceof MeilisearchApiError) || error.cause?.code !== "index_not_found") throw error;
    const task = await client.createIndex(uid, { primaryKey: "id" }).waitTask();
    // Two workers may race to create it; the loser's "already exists" is fine.
    if (task.status === "failed" && task.error?.code !== "index_already_exists") {
      throw new Error(`Creating index ${uid} failed: ${task.error?.message}`);
    }
  }
}

export interface AppliedSettings {
  index: string;
  changed: (keyof Settings)[];
}

/** Creates missing indexes and brings their settings to INDEX_SETTINGS; returns what changed. */
export async function applyIndexSettings(client: Meilisearch, prefix: string): Promise<AppliedSettings[]> {
  const results: AppliedSettings[] = [];
  for (const name of INDEX_NAMES) {
    const uid = indexUid(prefix, name);
    await ensureIndex(client, uid);
    const index = client.index(uid);
    const diff = settingsDiff(await index.getSettings(), INDEX_SETTINGS[name]);
    const changed = Object.keys(diff) as (keyof Settings)[];
    if (changed.length > 0) {
      const task = await index.updateSettings(diff).waitTask({ timeout: 120_000 });
      if (task.status !== "succeeded") throw new Error(`Updating settings of ${uid} failed: ${task.error?.message}`);
    }
    results.push({ index: uid, changed });
  }
  return results;
}
