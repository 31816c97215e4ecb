/**
 * The candidates index: consenting students' profiles, without contact details.
 * (Built out by the profile work; this file fixes the index's name and settings hook.)
 */
import type { Settings } from "meilisearch";

export function candidateIndexSettings(): Settings {
  return {
    searchableAttributes: ["headlineZh", "headlineEn", "summaryZh", "summaryEn"],
    pagination: { maxTotalHits: 100_000 },
  };
}
