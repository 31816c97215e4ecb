/** Shared set-up of every command in scripts/: project root, .env, one-line errors. */
import fs from "node:fs";
import path from "node:path";
import { StartupError } from "./processes";

export const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");

/** Runs `main` from the project root with `.env` loaded; a StartupError prints one line and exits 1. */
export function runCommand(main: () => Promise<number | void>): void {
  process.chdir(PROJECT_ROOT);
  // Variables already in the environment win over .env (as with dotenv).
  if (fs.existsSync(".env")) process.loadEnvFile(".env");
  main().then(
    (code) => {
      if (typeof code === "number") process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof StartupError) console.error(`E-Landing: ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}

/** Prints with a prefix, so our lines stand out among the servers' and tools' output. */
export function log(line: string): void {
  console.log(`E-Landing: ${line}`);
}
