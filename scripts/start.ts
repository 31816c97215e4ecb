/**
 * `npm start` (production build) and `npm run dev` (Vite dev server): start or join PostgreSQL
 * and Meilisearch, migrate, seed an empty database, run the job worker and serve the portal.
 * Ctrl-C / SIGTERM stop everything this process started, in reverse order — also when they
 * arrive in the middle of starting.
 */
import { makeWorkerUtils, quickAddJob } from "graphile-worker";
import path from "node:path";
import { parseEnv, type Env } from "~/env.server";
import { TASK } from "~/queue/tasks";
import { startWorker, type Worker } from "~/queue/worker.server";
import { createPrismaClient } from "../prisma/client";
import { seed } from "../prisma/seed";
import { ensureBuild } from "./lib/build";
import { log, runCommand } from "./lib/cli";
import { startHttpServer, type HttpServer } from "./lib/http";
import { migrateDeploy } from "./lib/prisma-cli";
import { loadSecrets } from "./lib/data-dir";
import { StartupError, assertPortFree } from "./lib/processes";
import { rebuildIndexes } from "./lib/search-index";
import { exportServices, startServices, type Services } from "./lib/services";

const dev = process.argv.includes("--dev");

/**
 * Builds every index when the seed just wrote the demo (before "ready": the demo is searchable at
 * once). Otherwise queues the consistency repair (ADR 013): a worker compares each index with the
 * database in the background and fills an empty or outdated Meilisearch — "ready" does not wait
 * for it, and with several app servers starting, the job key makes it run once.
 */
async function fillSearchIndexes(services: Services, indexPrefix: string, seeded: boolean) {
  if (!seeded) {
    await quickAddJob(
      { connectionString: services.databaseUrl },
      TASK.repairSearchIndexes,
      {},
      {
        jobKey: TASK.repairSearchIndexes,
      },
    );
    return;
  }
  const db = createPrismaClient(services.databaseUrl);
  try {
    await rebuildIndexes(db, { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix });
  } finally {
    await db.$disconnect();
  }
}

/**
 * The secret that signs session cookies: SESSION_SECRET, or one generated into DATA_DIR — which
 * only works for a single machine, so with an external database it must be set.
 */
function sessionSecret(env: Env): string {
  if (env.DATABASE_URL) {
    throw new StartupError(
      "SESSION_SECRET is not set: with an external DATABASE_URL every app server must sign sessions with the same secret.",
    );
  }
  return loadSecrets(path.resolve(env.DATA_DIR)).sessionSecret;
}

/** Thrown at the next start-up step after a stop signal arrived. */
class Interrupted extends Error {}

runCommand(async () => {
  const startedAt = Date.now();
  if (dev) process.env.NODE_ENV = "development";
  const env = parseEnv();

  // Fail before starting anything if the web port is taken.
  await assertPortFree(env.PORT, "the web server", "PORT", env.HOST);
  if (!dev) ensureBuild(log);

  let services: Services | undefined;
  let worker: Worker | undefined;
  let server: HttpServer | undefined;
  let phase: "starting" | "running" | "stopping" = "starting";
  let signalled: string | undefined;

  const stopAll = async () => {
    await server?.close().catch((error: unknown) => console.error(error));
    await worker?.stop().catch((error: unknown) => console.error(error));
    await services?.stop();
  };
  const onSignal = async (signal: string) => {
    signalled ??= signal;
    if (phase !== "running") return; // starting: the next step notices; stopping: already on it
    phase = "stopping";
    log(`${signal}: stopping…`);
    await stopAll();
    log("stopped.");
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void onSignal(signal));
  /** Called after each start-up step (once its result is stored, so that stopAll can undo it). */
  const checkpoint = () => {
    if (signalled) throw new Interrupted();
  };

  try {
    services = await startServices(env, { log });
    checkpoint();
    exportServices(services);
    process.env.SESSION_SECRET ??= sessionSecret(env);
    await migrateDeploy(services.databaseUrl);
    checkpoint();
    const utils = await makeWorkerUtils({ connectionString: services.databaseUrl });
    try {
      await utils.migrate();
      // Settings as code: applied (idempotently) on every start, by whichever worker is running.
      await utils.addJob(TASK.applySearchSettings, {}, { jobKey: TASK.applySearchSettings });
    } finally {
      await utils.release();
    }
    const seeded = await seed(services.databaseUrl, { ifEmpty: true, scale: env.DEMO_SCALE, log });
    checkpoint();
    await fillSearchIndexes(services, env.MEILI_INDEX_PREFIX, seeded);
    checkpoint();
    if (env.RUN_WORKER) {
      worker = await startWorker({
        connectionString: services.databaseUrl,
        concurrency: env.WORKER_CONCURRENCY,
        search: { url: services.meiliUrl, apiKey: services.meiliMasterKey, indexPrefix: env.MEILI_INDEX_PREFIX },
        mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
        log,
      });
      checkpoint();
    }
    server = await startHttpServer(parseEnv(), { dev });
    checkpoint();
  } catch (error) {
    phase = "stopping";
    await stopAll();
    if (error instanceof Interrupted) {
      log(`${signalled}: stopped while starting.`);
      process.exit(0);
    }
    throw error;
  }
  phase = "running";
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
  log(`ready on ${server.url} (${dev ? "development" : "production"}, started in ${seconds} s). Ctrl-C stops it.`);
});
