/**
 * The job-queue worker (graphile-worker on PostgreSQL): started inside `npm start`, or on its own
 * with `npm run worker`. Several workers on several machines share the queue safely.
 */
import { Logger, run, type Runner, type TaskList } from "graphile-worker";
import { applyIndexSettings, createSearchClient, type SearchConnection } from "../../search";
import { TASK } from "./tasks";

export interface WorkerOptions {
  connectionString: string;
  concurrency: number;
  search: SearchConnection;
  log?: (line: string) => void;
}

export function createTaskList(search: SearchConnection, log: (line: string) => void): TaskList {
  const client = createSearchClient(search);
  return {
    // Throws while Meilisearch is unreachable; the queue retries with exponential backoff.
    [TASK.applySearchSettings]: async () => {
      for (const { index, changed } of await applyIndexSettings(client, search.indexPrefix)) {
        if (changed.length > 0) log(`Search index ${index}: updated ${changed.join(", ")}.`);
      }
    },
  };
}

/** graphile-worker logs every job at info level; keep warnings and errors only. */
function quietLogger(log: (line: string) => void): Logger {
  return new Logger(() => (level, message) => {
    if (level === "error" || level === "warning") log(`[worker] ${message}`);
  });
}

export function startWorker(options: WorkerOptions): Promise<Runner> {
  const log = options.log ?? console.log;
  return run({
    connectionString: options.connectionString,
    concurrency: options.concurrency,
    taskList: createTaskList(options.search, log),
    logger: quietLogger(log),
    // The supervisor stops the worker itself, in order, on SIGINT/SIGTERM.
    noHandleSignals: true,
    pollInterval: 2_000,
  });
}
