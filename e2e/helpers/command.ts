/**
 * Test data for Playwright journeys, made in the e2e server's database: a helper file runs itself
 * as a command (it joins the running server's PostgreSQL, as `npm run organizer:create` does) and
 * prints its result as one JSON line.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { PrismaClient } from "../../app/generated/prisma/client";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the helper file `script` (relative to the project) with `input`; returns what it printed. */
export function runInE2e<T>(script: string, input: unknown): T {
  const result = spawnSync(process.execPath, ["--import", "tsx", script, JSON.stringify(input)], {
    cwd: root,
    env: { ...process.env, DATA_DIR: path.join(root, ".data", "e2e") },
    encoding: "utf8",
  });
  const line = result.stdout.split("\n").find((l) => l.startsWith("{"));
  if (result.status !== 0 || !line) throw new Error(`${script} failed: ${result.stderr || result.stdout}`);
  return JSON.parse(line) as T;
}

/** When the file at `metaUrl` is the command being run: `run` gets the database and the input, its result is printed. */
export async function runAsCommand(metaUrl: string, run: (db: PrismaClient, input: unknown) => Promise<unknown>) {
  if (!process.argv[1] || path.resolve(process.argv[1]) !== fileURLToPath(metaUrl)) return;
  const { runCommand } = await import("../../scripts/lib/cli");
  runCommand(async () => {
    const { parseEnv } = await import("../../app/env.server");
    const { exportServices, startServices } = await import("../../scripts/lib/services");
    const services = await startServices(parseEnv(), { join: true, withoutSearch: true, log: () => undefined });
    exportServices(services);
    const { createPrismaClient } = await import("../../prisma/client");
    const db = createPrismaClient(services.databaseUrl);
    try {
      console.log(JSON.stringify(await run(db, JSON.parse(process.argv[2] ?? "{}"))));
    } finally {
      await db.$disconnect();
      await services.stop();
    }
  });
}
