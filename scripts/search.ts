/**
 * `npm run search:reindex [-- jobs|candidates]`: rebuild the indexes (or one of them) from the
 * database beside the live ones and swap them in (no downtime), with a progress bar. Uses
 * MEILI_URL / DATABASE_URL, or the embedded servers (joining a running `npm start`).
 */
import { parseEnv } from "~/env.server";
import { createPrismaClient } from "../prisma/client";
import { applyIndexSettings, createSearchClient, INDEX_NAMES, type IndexName } from "../search";
import { log, runCommand } from "./lib/cli";
import { rebuildIndex } from "./lib/search-index";
import { startServices } from "./lib/services";

const isIndexName = (name: string): name is IndexName => (INDEX_NAMES as readonly string[]).includes(name);

runCommand(async () => {
  const [command, ...names] = process.argv.slice(2);
  if (command !== "reindex" || !names.every(isIndexName)) {
    console.error(`Usage: npm run search:reindex [-- ${INDEX_NAMES.join("|")}]`);
    return 2;
  }
  const env = parseEnv();
  const services = await startServices(env, { join: true, log });
  const db = createPrismaClient(services.databaseUrl);
  try {
    const search = { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
    await applyIndexSettings(createSearchClient(search), search.indexPrefix);
    for (const name of names.length ? names : INDEX_NAMES) await rebuildIndex(name, db, search);
  } finally {
    await db.$disconnect();
    await services.stop();
  }
});
