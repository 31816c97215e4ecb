import { describe, expect, it } from "vitest";
import { createSearchClient } from "./client";
import { INDEX_NAMES, applyIndexSettings, indexSettings, indexUid, settingsDiff, synonymsFromGroups } from "./settings";

describe("settingsDiff", () => {
  it("is empty when the server has the same settings in another order", () => {
    expect(
      settingsDiff(
        { filterableAttributes: ["b", "a"], pagination: { maxTotalHits: 10 }, rankingRules: ["words"] },
        { filterableAttributes: ["a", "b"], pagination: { maxTotalHits: 10 } },
      ),
    ).toEqual({});
  });

  it("keeps the order of searchable attributes significant (it sets relevance)", () => {
    expect(settingsDiff({ searchableAttributes: ["b", "a"] }, { searchableAttributes: ["a", "b"] })).toEqual({
      searchableAttributes: ["a", "b"],
    });
  });

  it("returns only the settings that differ", () => {
    expect(
      settingsDiff(
        { sortableAttributes: ["x"], pagination: { maxTotalHits: 1000 } },
        { sortableAttributes: ["x"], pagination: { maxTotalHits: 100_000 } },
      ),
    ).toEqual({ pagination: { maxTotalHits: 100_000 } });
  });
});

describe("synonymsFromGroups", () => {
  it("makes every word of a group find the others, merging groups that share a word", () => {
    expect(
      synonymsFromGroups([
        ["亚马逊", "Amazon"],
        ["独立站", "shopify", "DTC"],
        ["dtc", "direct-to-consumer"],
      ]),
    ).toEqual({
      亚马逊: ["amazon"],
      amazon: ["亚马逊"],
      独立站: ["shopify", "dtc"],
      shopify: ["独立站", "dtc"],
      dtc: ["独立站", "shopify", "direct-to-consumer"],
      "direct-to-consumer": ["dtc"],
    });
  });
});

describe("applyIndexSettings against Meilisearch", () => {
  const client = createSearchClient({ url: process.env.MEILI_URL!, apiKey: process.env.MEILI_MASTER_KEY! });
  const prefix = process.env.MEILI_INDEX_PREFIX!;

  it("creates the index with our settings, then changes nothing on the next run", async () => {
    const first = await applyIndexSettings(client, prefix);
    expect(first[0]!.changed.length).toBeGreaterThan(0);
    const settings = await client.index(indexUid(prefix, "jobs")).getSettings();
    expect(settings.searchableAttributes).toEqual(indexSettings("jobs").searchableAttributes);
    expect(settings.pagination?.maxTotalHits).toBe(100_000);

    const tasksBefore = (await client.tasks.getTasks({ indexUids: [indexUid(prefix, "jobs")] })).total;
    const second = await applyIndexSettings(client, prefix);
    expect(second.map((r) => r.changed)).toEqual(INDEX_NAMES.map(() => []));
    const tasksAfter = (await client.tasks.getTasks({ indexUids: [indexUid(prefix, "jobs")] })).total;
    expect(tasksAfter).toBe(tasksBefore);
  });

  it("restores a setting someone changed by hand, and only that one", async () => {
    await applyIndexSettings(client, prefix);
    const index = client.index(indexUid(prefix, "jobs"));
    await index.updateSortableAttributes(["somethingElse"]).waitTask();
    const result = await applyIndexSettings(client, prefix);
    expect(result[0]!.changed).toEqual(["sortableAttributes"]);
    expect((await index.getSortableAttributes()).sort()).toEqual([...indexSettings("jobs").sortableAttributes!].sort());
  });
});
