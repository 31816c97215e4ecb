/**
 * The job-queue worker (graphile-worker on PostgreSQL): started inside `npm start`, or on its own
 * with `npm run worker`. Several workers on several machines share the queue safely.
 */
import { Logger, parseCrontab, run, type TaskList } from "graphile-worker";
import { z } from "zod";
import type { PrismaClient } from "~/generated/prisma/client";
import { createPrismaClient } from "../../prisma/client";
import {
  applyIndexSettings,
  checkIndexes,
  createSearchClient,
  describeReport,
  isConsistent,
  isSearchUnavailable,
  syncCandidate,
  syncJob,
  type SearchConnection,
} from "../../search";
import { runJobImport } from "~/models/job-import.server";
import { runSavedSearchAlerts, scheduleInstantAlerts } from "~/models/saved-job-search.server";
import { deliverMail, type MailSettings } from "./mail-delivery.server";
import { createSearchRecovery, type SearchRecovery } from "./search-recovery.server";
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
  recovery?: SearchRecovery,
): TaskList {
  const client = createSearchClient(search);
  /** A search task that, failing because Meilisearch is unreachable, starts the outage recovery. */
  const searchTask =
    (work: (payload: unknown) => Promise<void>) =>
    async (payload: unknown): Promise<void> => {
      try {
        await work(payload);
      } catch (error) {
        if (isSearchUnavailable(error)) recovery?.outage();
        throw error;
      }
    };
  return {
    // Each throws while Meilisearch is unreachable; the queue retries with exponential backoff.
    [TASK.applySearchSettings]: searchTask(async () => {
      for (const { index, changed } of await applyIndexSettings(client, search.indexPrefix)) {
        if (changed.length > 0) log(`Search index ${index}: updated ${changed.join(", ")}.`);
      }
    }),
    [TASK.syncJob]: searchTask(async (payload) => {
      const outcome = await syncJob({ client, prefix: search.indexPrefix, db }, idPayload.parse(payload).id);
      // A newly indexed job may answer saved searches with an INSTANT alert.
      if (outcome === "indexed") await scheduleInstantAlerts(db);
    }),
    [TASK.cleanupRateLimits]: async () => {
      const before = new Date(Date.now() - RATE_LIMIT_RETENTION_MS);
      await db.rateLimitBucket.deleteMany({ where: { windowStart: { lt: before } } });
      await db.loginFailure.deleteMany({ where: { createdAt: { lt: before } } });
    },
    [TASK.sendMail]: async (payload) => {
      await deliverMail(db, idPayload.parse(payload).id, mail);
    },
    [TASK.syncCandidate]: searchTask(async (payload) => {
      await syncCandidate({ client, prefix: search.indexPrefix, db }, idPayload.parse(payload).id);
    }),
    [TASK.repairSearchIndexes]: searchTask(async () => {
      const reports = await checkIndexes({ client, prefix: search.indexPrefix, db }, { repair: true });
      if (isConsistent(reports)) {
        log(`Search indexes match the database (${reports.map((r) => `${r.index} ${r.expected}`).join(", ")}).`);
      } else {
        for (const report of reports) log(`Search consistency repair: ${describeReport(report)}`);
      }
    }),
    [TASK.importJobs]: async (payload) => {
      await runJobImport(db, idPayload.parse(payload).id);
    },
    [TASK.instantAlerts]: searchTask(async () => {
      await runSavedSearchAlerts(db, { client, prefix: search.indexPrefix }, "INSTANT");
    }),
    [TASK.dailyAlerts]: searchTask(async () => {
      await runSavedSearchAlerts(db, { client, prefix: search.indexPrefix }, "DAILY");
    }),
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
  const recovery = createSearchRecovery({ db, client: createSearchClient(options.search), log });
  const runner = await run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    taskList: createTaskList(db, options.search, log, options.mail, recovery),
    parsedCronItems: parseCrontab(
      [
        `17 * * * * ${TASK.cleanupRateLimits}`,
        // The safety net behind the queued syncs (ADR 013); coalesces with the start-up repair.
        `41 * * * * ${TASK.repairSearchIndexes} ?jobKey=${TASK.repairSearchIndexes}`,
        // Saved-search alerts: a sweep behind the per-publication trigger, and the daily digest at
        // 08:00 in Hangzhou (cron times are UTC).
        `*/10 * * * * ${TASK.instantAlerts} ?jobKey=${TASK.instantAlerts}`,
        `0 0 * * * ${TASK.dailyAlerts}`,
      ].join("\n"),
    ),
    logger: quietLogger(log),
    // The supervisor stops the worker itself, in order, on SIGINT/SIGTERM.
    noHandleSignals: true,
    pollInterval: 2_000,
  });
  return {
    promise: runner.promise,
    async stop() {
      recovery.stop();
      await runner.stop();
      await db.$disconnect();
    },
  };
}
