/**
 * Students' saved job searches and their mail alerts. A saved search is the search page's query
 * string, validated again whenever it is used. Alerts run the saved query against Meilisearch,
 * restricted to jobs posted since the search's `alertCheckedAt`, and move that mark forward in the
 * same transaction as the mail, so a retried or doubled run never mails the same jobs twice.
 */
import type { Meilisearch, SearchResponse } from "meilisearch";
import { NOT_SAVED_PARAMS, SAVED_SEARCHES_PER_STUDENT, type AlertChoice } from "~/data/job-search";
import { appUrl } from "~/env.server";
import type { PrismaClient } from "~/generated/prisma/client";
import { isLocale, type Locale } from "~/i18n/config";
import { TASK } from "~/queue/tasks";
import { buildAlertSearch, parseJobSearchParams, searchableWhere, type JobSearchParams } from "../../search";
import { loadJobSearchVocabulary } from "./job-search-vocabulary.server";
import { composeMail, queueMail } from "./mail.server";

/** The query string a search is saved as: the page's parameters without page and language, sorted. */
export function savedQueryOf(query: URLSearchParams): string {
  const kept = new URLSearchParams(
    [...query].filter(([name, value]) => value !== "" && !(NOT_SAVED_PARAMS as readonly string[]).includes(name)),
  );
  // The form always sends a radius; without a place it means nothing.
  if (!kept.has("near")) kept.delete("radius");
  kept.sort();
  return kept.toString();
}

export function listSavedJobSearches(db: PrismaClient, userId: string) {
  return db.savedSearch.findMany({
    where: { userId, kind: "JOBS" },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, query: true, alert: true, createdAt: true },
  });
}

export function getSavedJobSearch(db: PrismaClient, userId: string, id: string) {
  return db.savedSearch.findFirst({
    where: { id, userId, kind: "JOBS" },
    select: { id: true, name: true, query: true, alert: true },
  });
}

export type SaveOutcome = { status: "saved"; id: string } | { status: "invalid-query" } | { status: "limit" };

/**
 * Saves `query` (the search page's query string) for the student. The query must be a valid
 * search now; a student keeps at most SAVED_SEARCHES_PER_STUDENT searches (counted under a lock
 * on the user's row, so two tabs cannot both pass the check).
 */
export async function saveJobSearch(
  db: PrismaClient,
  userId: string,
  { name, query, alert }: { name: string; query: string; alert: AlertChoice },
  now = new Date(),
): Promise<SaveOutcome> {
  const saved = savedQueryOf(new URLSearchParams(query));
  const { values } = await loadJobSearchVocabulary(db);
  if (!parseJobSearchParams(new URLSearchParams(saved), values).ok) return { status: "invalid-query" };
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${userId} FOR UPDATE`;
    if ((await tx.savedSearch.count({ where: { userId, kind: "JOBS" } })) >= SAVED_SEARCHES_PER_STUDENT) {
      return { status: "limit" as const };
    }
    const { id } = await tx.savedSearch.create({
      data: { kind: "JOBS", userId, name, query: saved, alert, alertCheckedAt: now },
      select: { id: true },
    });
    return { status: "saved" as const, id };
  });
}

/**
 * Renames a search and sets its alert; false when it is not this student's. Turning an alert on
 * starts it from now, so it does not mail every job posted while it was off.
 */
export async function updateSavedJobSearch(
  db: PrismaClient,
  userId: string,
  id: string,
  { name, alert }: { name: string; alert: AlertChoice },
  now = new Date(),
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const current = await tx.savedSearch.findFirst({ where: { id, userId, kind: "JOBS" }, select: { alert: true } });
    if (!current) return false;
    const restart = current.alert === "NONE" && alert !== "NONE";
    await tx.savedSearch.update({ where: { id }, data: { name, alert, ...(restart ? { alertCheckedAt: now } : {}) } });
    return true;
  });
}

/** Deletes the student's saved search; false when it is not theirs. */
export async function deleteSavedJobSearch(db: PrismaClient, userId: string, id: string): Promise<boolean> {
  const { count } = await db.savedSearch.deleteMany({ where: { id, userId, kind: "JOBS" } });
  return count === 1;
}

// ---------------------------------------------------------------------------------------------
// Alerts

/** Searches handled per multi-search request. */
const BATCH = 50;
/** Jobs listed in one mail (the link shows the rest). */
const JOBS_PER_MAIL = 10;

export interface AlertRun {
  /** The moment up to which new jobs were looked for. */
  cutoff: Date;
  searches: number;
  mailed: number;
}

/**
 * The latest moment up to which the index is known to hold every published job: now, or just
 * before the earliest publication whose search sync is still waiting (a job published earlier but
 * indexed later must not fall behind a mark that already passed it). Syncs that used up their
 * attempts do not hold alerts back forever; /healthz reports them. Job syncs are found by their
 * job key (`syncJobKey`), which every job change uses.
 */
async function indexedUntil(db: PrismaClient, now: Date): Promise<Date> {
  const [row] = await db.$queryRaw<{ earliest: Date | null }[]>`
    SELECT min(j."datePosted") AS earliest
    FROM graphile_worker.jobs q
    JOIN "Job" j ON q.key = ${TASK.syncJob} || ':' || j.id
    WHERE q.task_identifier = ${TASK.syncJob} AND q.attempts < q.max_attempts
      AND j.status = 'PUBLISHED' AND j."datePosted" IS NOT NULL`;
  const earliest = row?.earliest ? new Date(row.earliest.getTime() - 1) : null;
  return earliest && earliest < now ? earliest : now;
}

function jobsText(
  locale: Locale,
  jobs: { id: string; titleZh: string; titleEn: string; company: { nameZh: string; nameEn: string } }[],
) {
  const origin = appUrl().origin;
  return jobs
    .map((job) =>
      locale === "zh-CN"
        ? `· ${job.titleZh} — ${job.company.nameZh}\n  ${origin}/jobs/${job.id}`
        : `· ${job.titleEn} — ${job.company.nameEn}\n  ${origin}/jobs/${job.id}`,
    )
    .join("\n");
}

/**
 * Sends the alerts of one frequency: for every such saved search, the jobs posted since its mark
 * that its query finds now (one Meilisearch multi-search per batch of searches), confirmed by the
 * database; one mail per search with new jobs, in the student's language.
 */
export async function runSavedSearchAlerts(
  db: PrismaClient,
  search: { client: Meilisearch; prefix: string },
  frequency: Exclude<AlertChoice, "NONE">,
  now = new Date(),
): Promise<AlertRun> {
  const cutoff = await indexedUntil(db, now);
  const { values } = await loadJobSearchVocabulary(db);
  const run: AlertRun = { cutoff, searches: 0, mailed: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await db.savedSearch.findMany({
      where: {
        kind: "JOBS",
        alert: frequency,
        alertCheckedAt: { lt: cutoff },
        ...(after ? { id: { gt: after } } : {}),
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        name: true,
        query: true,
        alertCheckedAt: true,
        user: { select: { email: true, locale: true } },
      },
    });
    if (batch.length === 0) break;
    after = batch.at(-1)!.id;
    run.searches += batch.length;

    // A search the vocabulary no longer accepts (a session gone) is skipped, not guessed at.
    const valid = batch.flatMap((saved) => {
      const parsed = parseJobSearchParams(new URLSearchParams(saved.query), values);
      return parsed.ok ? [{ saved, params: parsed.params as JobSearchParams }] : [];
    });
    if (valid.length === 0) continue;
    const { results } = await search.client.multiSearch({
      queries: valid.map(({ saved, params }) =>
        buildAlertSearch(params, search.prefix, {
          since: saved.alertCheckedAt,
          until: cutoff,
          limit: JOBS_PER_MAIL * 2,
        }),
      ),
    });

    for (const [i, { saved }] of valid.entries()) {
      const result = results[i] as SearchResponse<{ id: string }> | undefined;
      const ids = (result?.hits ?? []).map((hit) => String(hit.id));
      // The index rounds to seconds and may lag: the database decides what is new and still open.
      const jobs =
        ids.length === 0
          ? []
          : await db.job.findMany({
              where: {
                id: { in: ids },
                ...searchableWhere(now),
                datePosted: { gt: saved.alertCheckedAt, lte: cutoff },
              },
              orderBy: { datePosted: "desc" },
              take: JOBS_PER_MAIL,
              select: { id: true, titleZh: true, titleEn: true, company: { select: { nameZh: true, nameEn: true } } },
            });
      const more = Math.max(0, (result?.totalHits ?? 0) - ids.length);
      const mailed = await db.$transaction(async (tx) => {
        // Only the run that moves the mark from where it was read may mail: a retry or a second
        // worker finds it moved and sends nothing.
        const { count } = await tx.savedSearch.updateMany({
          where: { id: saved.id, alertCheckedAt: saved.alertCheckedAt },
          data: { alertCheckedAt: cutoff },
        });
        if (count !== 1 || jobs.length === 0) return false;
        const locale: Locale = isLocale(saved.user.locale) ? saved.user.locale : "zh-CN";
        const key = frequency === "INSTANT" ? "jobsearch.mail.instant" : "jobsearch.mail.daily";
        await queueMail(
          tx,
          composeMail(locale, key, saved.user.email, {
            name: saved.name,
            count: jobs.length + more,
            jobs: jobsText(locale, jobs),
            link: `${appUrl().origin}/jobs?${saved.query}`,
            manage: `${appUrl().origin}/student/saved-searches`,
          }),
        );
        return true;
      });
      if (mailed) run.mailed += 1;
    }
  }
  return run;
}

/** How long after a job is indexed its INSTANT alerts run: publications in between share one run. */
export const INSTANT_ALERT_DELAY_SECONDS = 2;

/**
 * Schedules one INSTANT alert run shortly (it must start after the calling sync job has left the
 * queue, or that job would still hold the mark back). Later calls join the pending run.
 */
export async function scheduleInstantAlerts(db: Pick<PrismaClient, "$executeRaw">): Promise<void> {
  await db.$executeRaw`
    SELECT graphile_worker.add_job(
      ${TASK.instantAlerts}::text,
      '{}'::json,
      run_at => now() + make_interval(secs => ${INSTANT_ALERT_DELAY_SECONDS}),
      job_key => ${TASK.instantAlerts}::text,
      job_key_mode => 'preserve_run_at'
    )`;
}
