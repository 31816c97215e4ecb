/**
 * Vitest global set-up: a real PostgreSQL and a real Meilisearch for the whole run, on free ports
 * and throwaway data directories (so tests run beside `npm start`). The schema is migrated once
 * into a template database; each test file gets a copy (see setup-file.ts).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runMigrations } from "graphile-worker";
import type { TestProject } from "vitest/node";
import { postgresUrl, startEmbeddedPostgres } from "../../prisma/embedded-postgres";
import { resolveMeilisearchBinary, startEmbeddedMeilisearch } from "../../search/embedded-meilisearch";
import { ensureBuild } from "../lib/build";
import { migrateDeploy } from "../lib/prisma-cli";
import { freePort } from "../lib/processes";

export const TEMPLATE_DATABASE = "elanding_template";

declare module "vitest" {
  export interface ProvidedContext {
    postgres: { port: number; password: string; template: string };
    meilisearch: { url: string; apiKey: string };
  }
}

export default async function setup(project: TestProject) {
  // Tests that talk HTTP serve the production build; build it once for the whole run.
  ensureBuild(() => undefined);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "elanding-test-"));
  fs.chmodSync(root, 0o755); // as root, PostgreSQL runs as "postgres", who must reach its directory
  const password = crypto.randomBytes(12).toString("base64url");
  const apiKey = crypto.randomBytes(24).toString("base64url");
  const [pgPort, meiliPort] = [await freePort(), await freePort()];

  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(root, "postgres"),
    port: pgPort,
    password,
    database: TEMPLATE_DATABASE,
    // Throwaway data: durability off for speed.
    settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
  });
  const meili = await startEmbeddedMeilisearch({
    // The verified copy is shared with `npm start` (same hash, same file).
    binary: await resolveMeilisearchBinary({ binDir: path.resolve(".data/bin") }),
    dataDir: path.join(root, "meilisearch"),
    port: meiliPort,
    masterKey: apiKey,
    maxIndexingMemory: "256MiB",
    maxIndexingThreads: 1,
  });

  const templateUrl = postgresUrl(pgPort, password, TEMPLATE_DATABASE);
  await migrateDeploy(templateUrl);
  await runMigrations({ connectionString: templateUrl });

  project.provide("postgres", { port: pgPort, password, template: TEMPLATE_DATABASE });
  project.provide("meilisearch", { url: meili.url, apiKey });

  return async () => {
    await meili.stop();
    await postgres.stop();
    fs.rmSync(root, { recursive: true, force: true });
  };
}
