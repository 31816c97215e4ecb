/**
 * `npm run search:reindex`: rebuild the jobs index from the database beside the live one and swap
 * it in (no downtime), with a progress bar. Uses MEILI_URL / DATABASE_URL, or the embedded servers
 * (joining a running `npm start`).
 */
import { parseEnv } from "~/env.server";
import { createPrismaClient } from "../prisma/client";
import { applyIndexSettings, createSearchClient } from "../search";
import { log, runCommand } from "./lib/cli";
import { rebuildJobsIndex } from "./lib/search-index";
import { startServices } from "./lib/services";

runCommand(async () => {
  const [command] = process.argv.slice(2);
  if (command !== "reindex") {
    console.error("Usage: npm run search:reindex");
    return 2;
  }
  const env = parseEnv();
  const services = await startServices(env, { join: true, log });
  const db = createPrismaClient(services.databaseUrl);
  try {
    const search = { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
    await applyIndexSettings(createSearchClient(search), search.indexPrefix);
    await rebuildJobsIndex(db, search);
  } finally {
    await db.$disconnect();
    await services.stop();
  }
});
