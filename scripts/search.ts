/**
 * The search index commands. Uses MEILI_URL / DATABASE_URL, or the embedded servers (joining a
 * running `npm start`).
 *
 * - `npm run search:reindex [-- jobs|candidates]`: rebuild the indexes (or one) from the database
 *   beside the live ones and swap them in (no downtime), with a progress bar.
 * - `npm run search:check [-- jobs|candidates] [-- --repair]`: compare each index with the
 *   database (ids and content hashes); prints missing / stale / extra per index and exits 1 when
 *   they differ.
 * - `npm run search:repair [-- jobs|candidates]`: the same, fixing exactly the differences.
 */
import { parseEnv } from "~/env.server";
import { createPrismaClient } from "../prisma/client";
import {
  applyIndexSettings,
  checkIndex,
  createSearchClient,
  describeReport,
  isConsistent,
  INDEX_NAMES,
  type IndexName,
  type IndexReport,
} from "../search";
import { log, runCommand } from "./lib/cli";
import { rebuildIndex } from "./lib/search-index";
import { startServices } from "./lib/services";

const isIndexName = (name: string): name is IndexName => (INDEX_NAMES as readonly string[]).includes(name);
const COMMANDS = ["reindex", "check", "repair"] as const;

function usage(): number {
  const names = INDEX_NAMES.join("|");
  console.error(
    [
      `Usage: npm run search:reindex [-- ${names}]`,
      `       npm run search:check [-- ${names}] [-- --repair]`,
      `       npm run search:repair [-- ${names}]`,
    ].join("\n"),
  );
  return 2;
}

runCommand(async () => {
  const [command, ...rest] = process.argv.slice(2);
  const flags = rest.filter((arg) => arg.startsWith("--"));
  const names = rest.filter((arg) => !arg.startsWith("--"));
  if (!COMMANDS.includes(command as (typeof COMMANDS)[number]) || !names.every(isIndexName)) return usage();
  if (flags.some((flag) => flag !== "--repair") || (flags.length > 0 && command !== "check")) return usage();

  const env = parseEnv();
  const services = await startServices(env, { join: true, log });
  const db = createPrismaClient(services.databaseUrl);
  try {
    const search = { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
    const client = createSearchClient(search);
    const selected = names.length ? names : [...INDEX_NAMES];
    if (command === "reindex") {
      await applyIndexSettings(client, search.indexPrefix);
      for (const name of selected) await rebuildIndex(name, db, search);
      return 0;
    }

    const repair = command === "repair" || flags.includes("--repair");
    const reports: IndexReport[] = [];
    for (const name of selected) {
      const report = await checkIndex({ client, prefix: search.indexPrefix, db }, name, { repair });
      log(describeReport(report));
      reports.push(report);
    }
    // A repair that did its work succeeds; a check succeeds only when nothing differs.
    return repair || isConsistent(reports) ? 0 : 1;
  } finally {
    await db.$disconnect();
    await services.stop();
  }
});
