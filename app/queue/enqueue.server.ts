import type { PrismaClient } from "~/generated/prisma/client";
import type { TaskName } from "./tasks";

export interface EnqueueOptions {
  /** At most one pending job per key: a newer one replaces it (graphile-worker "replace" mode). */
  jobKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a job with SQL, so that inside `prisma.$transaction` it commits or rolls back together with
 * the data change it follows (a transactional outbox). Workers hear of it at once via NOTIFY.
 */
export async function enqueue(
  db: Pick<PrismaClient, "$executeRaw">,
  task: TaskName,
  payload: Record<string, unknown>,
  { jobKey, maxAttempts }: EnqueueOptions = {},
): Promise<void> {
  await db.$executeRaw`
    SELECT graphile_worker.add_job(
      ${task}::text,
      ${JSON.stringify(payload)}::json,
      job_key => ${jobKey ?? null}::text,
      max_attempts => ${maxAttempts ?? null}::int
    )`;
}
