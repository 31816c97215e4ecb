/**
 * Catching up quickly after a Meilisearch outage (ADR 013). graphile-worker retries a failed job
 * after exp(attempts) seconds, so syncs that failed a few times during an outage would otherwise
 * wait minutes after Meilisearch is back. When a sync fails because Meilisearch cannot be reached,
 * the worker watches its health; once it answers, the waiting search jobs are made due now and a
 * consistency repair is queued (it also covers a Meilisearch that came back empty).
 */
import type { Meilisearch } from "meilisearch";
import type { PrismaClient } from "~/generated/prisma/client";
import { searchHealth } from "../../search";
import { enqueue } from "./enqueue.server";
import { TASK } from "./tasks";

/** The tasks that write to Meilisearch, and so wait on its outages. */
export const SEARCH_TASKS: string[] = [
  TASK.applySearchSettings,
  TASK.syncJob,
  TASK.syncCandidate,
  TASK.repairSearchIndexes,
];

/** Makes search jobs that wait for a retry (failed before, not yet due) due now; returns how many. */
export async function rescheduleSearchJobs(db: Pick<PrismaClient, "$queryRaw">): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT count(*) AS count FROM graphile_worker.reschedule_jobs(
      ARRAY(
        SELECT id FROM graphile_worker.jobs
        WHERE task_identifier = ANY(${SEARCH_TASKS}::text[])
          AND locked_at IS NULL AND attempts > 0 AND attempts < max_attempts AND run_at > now()
      ),
      run_at => now()
    )`;
  const count = Number(row?.count ?? 0);
  // Wake idle workers now, as adding a job does (graphile-worker's own channel), not at their next poll.
  if (count > 0) await db.$queryRaw`SELECT pg_notify('jobs:insert', json_build_object('count', ${count}::int)::text)`;
  return count;
}

export interface SearchRecovery {
  /** A search job failed because Meilisearch was unreachable: start watching for its return. */
  outage(): void;
  stop(): void;
}

export function createSearchRecovery({
  db,
  client,
  log,
  intervalMs = 1_000,
}: {
  db: PrismaClient;
  client: Meilisearch;
  log: (line: string) => void;
  intervalMs?: number;
}): SearchRecovery {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const watch = () => {
    timer = setTimeout(() => void check(), intervalMs);
    timer.unref();
  };
  const check = async () => {
    if (stopped) return;
    try {
      if ((await searchHealth(client)) !== "ok") return watch();
      const count = await rescheduleSearchJobs(db);
      await enqueue(db, TASK.repairSearchIndexes, {}, { jobKey: TASK.repairSearchIndexes });
      log(`Meilisearch is reachable again: ${count} waiting search jobs retried now, consistency repair queued.`);
      timer = undefined;
    } catch (error) {
      log(`Search recovery check failed: ${error instanceof Error ? error.message : String(error)}`);
      watch();
    }
  };

  return {
    outage() {
      if (!timer && !stopped) watch();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
