/**
 * `npm run db:*` and `npm run catalogue:import`: Prisma's CLI, the seed or the catalogue import
 * against DATABASE_URL, or against the embedded PostgreSQL in DATA_DIR — joined if `npm start` is
 * running, else started for the command.
 *   db.ts migrate dev|deploy|reset [args]   db.ts studio [args]   db.ts seed [--reset]   db.ts catalogue
 */
import { parseEnv } from "~/env.server";
import { enqueue } from "~/queue/enqueue.server";
import { TASK } from "~/queue/tasks";
import { importCatalogue } from "../prisma/catalogue/import";
import { createPrismaClient } from "../prisma/client";
import { seed } from "../prisma/seed";
import { log, runCommand } from "./lib/cli";
import { runPrisma } from "./lib/prisma-cli";
import { rebuildIndexes } from "./lib/search-index";
import { startServices } from "./lib/services";

runCommand(async () => {
  const [command = "", ...args] = process.argv.slice(2);
  const env = parseEnv();
  // Only the seed touches search (it rebuilds the indexes of what it wrote).
  const services = await startServices(env, { join: true, withoutSearch: command !== "seed", log });
  // Ctrl-C reaches Prisma's CLI too (same terminal); wait for it, then stop what we started.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => undefined);
  try {
    if (command === "seed") {
      await seed(services.databaseUrl, { reset: args.includes("--reset"), scale: env.DEMO_SCALE, log });
      const db = createPrismaClient(services.databaseUrl);
      try {
        const search = { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX };
        await rebuildIndexes(db, search);
      } finally {
        await db.$disconnect();
      }
      return 0;
    }
    if (command === "catalogue") {
      const db = createPrismaClient(services.databaseUrl);
      try {
        await importCatalogue(db, { log });
        // The search synonyms come from the catalogue: let a worker bring the index settings up to date.
        await enqueue(db, TASK.applySearchSettings, {}, { jobKey: TASK.applySearchSettings });
      } finally {
        await db.$disconnect();
      }
      return 0;
    }
    return await runPrisma([command, ...args], services.databaseUrl);
  } finally {
    await services.stop();
  }
});
