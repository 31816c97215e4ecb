/**
 * The job-queue worker (graphile-worker on PostgreSQL): started inside `npm start`, or on its own
 * with `npm run worker`. Several workers on several machines share the queue safely.
 */
import { Logger, parseCrontab, run, type TaskList } from "graphile-worker";
import { z } from "zod";
import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "../../prisma/client";
import { applyIndexSettings, createSearchClient, syncCandidate, syncJob, type SearchConnection } from "../../search";
import { runJobImport } from "~/models/job-import.server";
import { deliverMail, type MailSettings } from "./mail-delivery.server";
import { TASK } from "./tasks";

export interface WorkerOptions {
  connectionString: string;
  concurrency: number;
  search: SearchConnection;
  mail?: MailSettings;
  log?: (line: string) => void;
}

export interface Worker {
  stop(): Promise<void>;
  /** Settles when the worker stops. */
  promise: Promise<void>;
}

const idPayload = z.object({ id: z.string().min(1) });

/** Rate-limit windows older than this are no longer counted anywhere. */
const RATE_LIMIT_RETENTION_MS = 24 * 3600 * 1000;

export function createTaskList(
  db: PrismaClient,
  search: SearchConnection,
  log: (line: string) => void,
  mail: MailSettings = {},
): TaskList {
  const client = createSearchClient(search);
  return {
    // Each throws while Meilisearch is unreachable; the queue retries with exponential backoff.
    [TASK.applySearchSettings]: async () => {
      for (const { index, changed } of await applyIndexSettings(client, search.indexPrefix)) {
        if (changed.length > 0) log(`Search index ${index}: updated ${changed.join(", ")}.`);
      }
    },
    [TASK.syncJob]: async (payload) => {
      await syncJob({ client, prefix: search.indexPrefix, db }, idPayload.parse(payload).id);
    },
    [TASK.cleanupRateLimits]: async () => {
      const before = new Date(Date.now() - RATE_LIMIT_RETENTION_MS);
      await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
      await db.loginFailure.deleteMany({ where: { createdAt: { lt: before } } });
    },
    [TASK.sendMail]: async (payload) => {
      await deliverMail(db, idPayload.parse(payload).id, mail);
    },
    [TASK.syncCandidate]: async (payload) => {
      await syncCandidate({ client, prefix: search.indexPrefix, db }, idPayload.parse(payload).id);
    },
    [TASK.importJobs]: async (payload) => {
      await runJobImport(db, idPayload.parse(payload).id);
    },
  };
}

/** graphile-worker logs every job at info level; keep warnings and errors only. */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") log(`[worker] ${message}`);
  });
}

export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const log = options.log ?? console.log;
  const db = createPrismaClient(options.connectionString);
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    taskList: createTaskList(db, options.search, log, options.mail),
    parsedCronItems: parseCrontab(`17 * * * * ${TASK.cleanupRateLimits}`),
    logger: quietLogger(log),
    // The supervisor stops the worker itself, in order, on SIGINT/SIGTERM.
    noHandleSignals: true,
    pollInterval: 2_000,
  });
  return {
    promise: runner.promise,
    async stop() {
      await runner.stop();
      await db.$disconnect();
    },
  };
}
