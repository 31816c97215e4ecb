import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./processes";

/** Everything the production build is made from. */
const INPUTS = [
  "app",
  "search",
  "public",
  "vite.config.ts",
  "tailwind.config.ts",
  "tsconfig.json",
  "package-lock.json",
];
const OUTPUT = "build/server/index.js";

function newestChange(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .filter((name) => !name.includes(".test.")) // tests are not part of the build
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), stat.mtimeMs);
}

/** Builds the app when there is no build yet or a source is newer than it. */
export function ensureBuild(log: (line: string) => void): void {
  const built = newestChange(OUTPUT);
  if (built > 0 && built >= Math.max(...INPUTS.map(newestChange))) return;
  log(built ? "Sources changed since the last build; rebuilding…" : "Building the portal (first start)…");
  // Always a production build, even when called from a test run (NODE_ENV=test would bundle React's
  // development build).
  const result = spawnSync(path.resolve("node_modules/.bin/remix"), ["vite:build"], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production" },
  });
  if (result.status !== 0) throw new StartupError("The build failed (output above).");
}
