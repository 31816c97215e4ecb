/**
 * `npm run db:*`: Prisma's CLI (or the seed) against DATABASE_URL, or against the embedded
 * PostgreSQL in DATA_DIR — joined if `npm start` is running, else started for the command.
 *   db.ts migrate dev|deploy|reset [args]   db.ts studio [args]   db.ts seed [--reset]
 */
import { parseEnv } from "~/env.server";
import { seed } from "../prisma/seed";
import { log, runCommand } from "./lib/cli";
import { runPrisma } from "./lib/prisma-cli";
import { startServices } from "./lib/services";

runCommand(async () => {
  const [command = "", ...args] = process.argv.slice(2);
  const services = await startServices(parseEnv(), { join: true, withoutSearch: true, log });
  // Ctrl-C reaches Prisma's CLI too (same terminal); wait for it, then stop what we started.
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => undefined);
  try {
    if (command === "seed") {
      await seed(services.databaseUrl, { reset: args.includes("--reset"), log });
      return 0;
    }
    return await runPrisma([command, ...args], services.databaseUrl);
  } finally {
    await services.stop();
  }
});
