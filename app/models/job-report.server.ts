/**
 * "Report this job" and the organizers' takedown queue. Anyone may report a public job; an
 * organizer then dismisses the reports or takes the job down (closed, out of search, the company's
 * owner told by mail). Every decision writes an audit row in the same transaction.
 */
import { prisma } from "~/db.server";
import { appUrl } from "~/env.server";
import type { JobReportReason, JobStatus } from "~/generated/prisma/client";
import { isLocale, FALLBACK_LOCALE } from "~/i18n/config";
import { pickLocalized } from "~/i18n/pick";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncJobKey } from "~/queue/tasks";
import { audit } from "./audit.server";
import { REPORT_REASONS } from "./job-form";
import { composeMail, queueMail } from "./mail.server";

export const REPORTED_JOBS_PAGE_SIZE = 20;

/** A job that may be reported: any public one (published or closed), not a draft. */
export function getReportableJob(id: string) {
  return prisma.job.findFirst({
    where: { id, status: { not: "DRAFT" } },
    select: { id: true, titleZh: true, titleEn: true, company: { select: { nameZh: true, nameEn: true } } },
  });
}

/** Records a report on a public job (not a draft); false when there is no such job. */
export async function reportJob(report: {
  jobId: string;
  reporterId: string | null;
  reason: JobReportReason;
  details: string;
}): Promise<boolean> {
  const job = await prisma.job.findFirst({
    where: { id: report.jobId, status: { not: "DRAFT" } },
    select: { id: true },
  });
  if (!job) return false;
  await prisma.jobReport.create({ data: report });
  return true;
}

/** A job with open reports, as the queue shows it. */
export interface ReportedJob {
  id: string;
  titleZh: string;
  titleEn: string;
  status: JobStatus;
  company: { nameZh: string; nameEn: string; verificationStatus: string };
  openReports: number;
  firstReportedAt: Date;
  reasons: { reason: JobReportReason; count: number }[];
  latest: { id: string; reason: JobReportReason; details: string; createdAt: Date; signedIn: boolean }[];
}

/** Jobs with open reports, most reported first (then the longest waiting), a page at a time. */
export async function listReportedJobs({ page = 1 }: { page?: number } = {}) {
  const groups = await prisma.jobReport.groupBy({
    by: ["jobId"],
    where: { status: "OPEN" },
    _count: { _all: true },
    _min: { createdAt: true },
  });
  groups.sort((a, b) => b._count._all - a._count._all || a._min.createdAt!.getTime() - b._min.createdAt!.getTime());
  const total = groups.length;
  const slice = groups.slice((page - 1) * REPORTED_JOBS_PAGE_SIZE, page * REPORTED_JOBS_PAGE_SIZE);
  const ids = slice.map((g) => g.jobId);
  const [jobs, reports] = await Promise.all([
    prisma.job.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        titleZh: true,
        titleEn: true,
        status: true,
        company: { select: { nameZh: true, nameEn: true, verificationStatus: true } },
      },
    }),
    prisma.jobReport.findMany({
      where: { jobId: { in: ids }, status: "OPEN" },
      orderBy: { createdAt: "desc" },
      select: { id: true, jobId: true, reason: true, details: true, createdAt: true, reporterId: true },
    }),
  ]);
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const items: ReportedJob[] = slice.flatMap((group) => {
    const job = byId.get(group.jobId);
    if (!job) return [];
    const own = reports.filter((r) => r.jobId === job.id);
    const reasons = REPORT_REASONS.map((reason) => ({ reason, count: own.filter((r) => r.reason === reason).length }));
    return [
      {
        ...job,
        openReports: group._count._all,
        firstReportedAt: group._min.createdAt!,
        reasons: reasons.filter((r) => r.count > 0),
        latest: own.slice(0, 3).map(({ id, reason, details, createdAt, reporterId }) => ({
          id,
          reason,
          details,
          createdAt,
          signedIn: reporterId !== null,
        })),
      },
    ];
  });
  return { jobs: items, total };
}

export interface OrganizerDecision {
  organizerId: string;
  jobId: string;
  ip?: string;
  now?: Date;
}

/** Closes the job's open reports without action; the number closed, or null for an unknown job. */
export function dismissJobReports({
  organizerId,
  jobId,
  note,
  ip,
  now = new Date(),
}: OrganizerDecision & { note: string }): Promise<number | null> {
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.findUnique({ where: { id: jobId }, select: { id: true } });
    if (!job) return null;
    const { count } = await tx.jobReport.updateMany({
      where: { jobId, status: "OPEN" },
      data: { status: "DISMISSED", resolvedById: organizerId, resolvedAt: now, resolution: note || null },
    });
    await audit(tx, {
      actorId: organizerId,
      action: "job.reports.dismiss",
      subjectType: "Job",
      subjectId: jobId,
      details: { reports: count, note },
      ip,
    });
    return count;
  });
}

export type TakedownOutcome = "taken-down" | "not-found" | "already-taken-down";

/**
 * Takes a job down: CLOSED with takenDownAt and the reason, its search sync enqueued, its open
 * reports resolved, an audit row, and a mail to the company's owner(s) in their language — all in
 * one transaction. A second takedown of the same job changes nothing.
 */
export function takeDownJob({
  organizerId,
  jobId,
  reason,
  ip,
  now = new Date(),
}: OrganizerDecision & { reason: string }): Promise<TakedownOutcome> {
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.findUnique({
      where: { id: jobId },
      select: {
        id: true,
        titleZh: true,
        titleEn: true,
        closedAt: true,
        company: {
          select: {
            nameZh: true,
            nameEn: true,
            members: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true } } } },
          },
        },
      },
    });
    if (!job) return "not-found";
    const { count } = await tx.job.updateMany({
      where: { id: jobId, takenDownAt: null },
      data: { status: "CLOSED", closedAt: job.closedAt ?? now, takenDownAt: now, takedownReason: reason },
    });
    if (count === 0) return "already-taken-down";
    await enqueue(tx, TASK.syncJob, { id: jobId }, { jobKey: syncJobKey(jobId) });
    const resolved = await tx.jobReport.updateMany({
      where: { jobId, status: "OPEN" },
      data: { status: "TAKEN_DOWN", resolvedById: organizerId, resolvedAt: now, resolution: reason },
    });
    await audit(tx, {
      actorId: organizerId,
      action: "job.takedown",
      subjectType: "Job",
      subjectId: jobId,
      details: { reason, reports: resolved.count },
      ip,
    });
    for (const { user } of job.company.members) {
      const locale = isLocale(user.locale) ? user.locale : FALLBACK_LOCALE;
      await queueMail(
        tx,
        composeMail(locale, "posting.mail.takenDown", user.email, {
          title: pickLocalized(job, "title", locale),
          company: pickLocalized(job.company, "name", locale),
          reason,
          link: `${appUrl().origin}/company/jobs/${jobId}`,
        }),
      );
    }
    return "taken-down";
  });
}
