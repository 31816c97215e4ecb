import { spawn } from "node:child_process";
import path from "node:path";
import { StartupError } from "./processes";

/**
 * Runs the Prisma CLI against `databaseUrl`. prisma.config.ts picks the schema engine (native, or
 * the offline fallback). `quiet` captures the output and shows it only if the command fails.
 */
export function runPrisma(args: string[], databaseUrl: string, { quiet = false } = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/prisma"), args, {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (quiet && code !== 0) process.stderr.write(output);
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

export async function migrateDeploy(databaseUrl: string): Promise<void> {
  const code = await runPrisma(["migrate", "deploy"], databaseUrl, { quiet: true });
  if (code !== 0)
    throw new StartupError("Applying the database migrations failed (prisma migrate deploy, output above).");
}
