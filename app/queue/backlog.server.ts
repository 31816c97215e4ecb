import type { PrismaClient } from "~/generated/prisma/client";
import { SEARCH_TASKS } from "./search-recovery.server";

export interface QueueBacklog {
  /** Jobs waiting to run or be retried (not locked by a worker, attempts left). */
  pending: number;
  /** Seconds the oldest job that is due has been waiting; null when none is due. */
  oldestPendingSeconds: number | null;
  /** Jobs that used up their attempts and need a person to look at them. */
  failed: number;
}

/** A due job this old means no worker is picking jobs up. */
export const STALLED_AFTER_SECONDS = 60;

export async function queueBacklog(db: Pick<PrismaClient, "$queryRaw">): Promise<QueueBacklog> {
  const [row] = await db.$queryRaw<{ pending: bigint; failed: bigint; oldest: number | null }[]>`
    SELECT
      count(*) FILTER (WHERE locked_at IS NULL AND attempts < max_attempts) AS pending,
      count(*) FILTER (WHERE attempts >= max_attempts) AS failed,
      extract(epoch FROM now() - min(run_at) FILTER (
        WHERE locked_at IS NULL AND attempts < max_attempts AND run_at <= now()
      ))::float8 AS oldest
    FROM graphile_worker.jobs`;
  return {
    pending: Number(row?.pending ?? 0),
    failed: Number(row?.failed ?? 0),
    oldestPendingSeconds: row?.oldest == null ? null : Math.round(row.oldest),
  };
}

export interface SearchSyncLag {
  /** Search jobs not done yet (syncs, settings, repairs), running ones included. */
  pending: number;
  /**
   * Seconds since the oldest of them was added: how far behind the database the indexes may be.
   * A job coalesced with later edits keeps its first time. Null when none is pending.
   */
  lagSeconds: number | null;
}

/** The search indexes' lag behind the database, from the queue (shared by every app server). */
export async function searchSyncLag(db: Pick<PrismaClient, "$queryRaw">): Promise<SearchSyncLag> {
  const [row] = await db.$queryRaw<{ pending: bigint; oldest: number | null }[]>`
    SELECT count(*) AS pending, extract(epoch FROM now() - min(created_at))::float8 AS oldest
    FROM graphile_worker.jobs
    WHERE task_identifier = ANY(${SEARCH_TASKS}::text[]) AND attempts < max_attempts`;
  return {
    pending: Number(row?.pending ?? 0),
    lagSeconds: row?.oldest == null ? null : Math.max(0, Math.round(row.oldest)),
  };
}
