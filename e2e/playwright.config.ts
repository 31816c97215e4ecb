import fs from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { freePort } from "../scripts/lib/processes";
import { CHROMIUM_ARGS, chromiumExecutable } from "./chromium";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = path.join(root, ".data", "e2e");

// The runner loads this file first, then each worker loads it again with the runner's environment:
// choose ports and wipe the data only once, in the runner.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = String(await freePort());
  process.env.E2E_PG_PORT = String(await freePort());
  process.env.E2E_MEILI_PORT = String(await freePort());
  fs.rmSync(dataDir, { recursive: true, force: true });
}
const baseURL = `http://127.0.0.1:${process.env.E2E_PORT}`;
export const ICP_FILING_NUMBER = "浙ICP备00000000号-1";

export default defineConfig({
  testDir: ".",
  outputDir: path.join(root, "test-results"),
  fullyParallel: true,
  // Two browsers at once: the journeys mostly wait on the server, so two workers finish the suite
  // in about 60 % of the time on a 2-core CI machine (every journey uses its own accounts or only reads).
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], channel: undefined } },
    { name: "mobile", use: { ...devices["Pixel 7"], channel: undefined }, testIgnore: /http\.spec\.ts$/ },
  ],
  webServer: {
    // The production build, started exactly as `npm start` does, on its own ports and data.
    command: "node --import tsx scripts/start.ts",
    cwd: root,
    url: `${baseURL}/healthz`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
    env: {
      PORT: process.env.E2E_PORT!,
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT!,
      EMBEDDED_MEILI_PORT: process.env.E2E_MEILI_PORT!,
      ICP_FILING_NUMBER,
      // A tenth of the demo fair (1,500 jobs): enough for every journey, quick to seed in CI.
      DEMO_SCALE: "0.1",
      DATABASE_URL: "",
      MEILI_URL: "",
    },
  },
});
