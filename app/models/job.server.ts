/**
 * Jobs: reading them for public pages, and changing them. Every change enqueues the job's search
 * sync in the same transaction, so the index can lag for a moment but never miss a change.
 */
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncJobKey } from "~/queue/tasks";
import { searchableWhere } from "../../search";

async function changeJob(id: string, data: Prisma.JobUpdateInput) {
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.update({ where: { id }, data, select: { id: true, status: true } });
    await enqueue(tx, TASK.syncJob, { id }, { jobKey: syncJobKey(id) });
    return job;
  });
}

export type JobContentChange = Partial<
  Pick<
    Prisma.JobUpdateInput,
    "titleZh" | "titleEn" | "descriptionZh" | "descriptionEn" | "salaryMin" | "salaryMax" | "validThrough"
  >
>;

export function updateJobContent(id: string, change: JobContentChange) {
  return changeJob(id, change);
}

export function closeJob(id: string, now = new Date()) {
  return changeJob(id, { status: "CLOSED", closedAt: now });
}

const CARD_SELECT = {
  id: true,
  titleZh: true,
  titleEn: true,
  city: true,
  district: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryPeriod: true,
  employmentType: true,
  workMode: true,
  level: true,
  datePosted: true,
  company: { select: { id: true, slug: true, nameZh: true, nameEn: true } },
  family: { select: { key: true, nameZh: true, nameEn: true } },
} satisfies Prisma.JobSelect;

export type JobCard = Prisma.JobGetPayload<{ select: typeof CARD_SELECT }>;

/**
 * The jobs among `ids` that may be shown now, in the order of `ids`. Search results pass through
 * here: whatever the index says, a closed or expired job is dropped.
 */
export async function listSearchableJobs(ids: string[], now = new Date()): Promise<JobCard[]> {
  if (ids.length === 0) return [];
  const rows = await prisma.job.findMany({ where: { id: { in: ids }, ...searchableWhere(now) }, select: CARD_SELECT });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Everything the public job page shows; null when there is no such job (or it is a draft). */
export async function getPublicJob(id: string) {
  const job = await prisma.job.findUnique({
    where: { id },
    include: {
      company: {
        select: {
          id: true,
          slug: true,
          nameZh: true,
          nameEn: true,
          website: true,
          descriptionZh: true,
          descriptionEn: true,
          city: true,
          verificationStatus: true,
        },
      },
      family: { select: { key: true, nameZh: true, nameEn: true } },
      role: { select: { key: true, nameZh: true, nameEn: true, domain: true } },
      skills: {
        select: { required: true, level: true, skill: { select: { key: true, nameZh: true, nameEn: true } } },
        orderBy: [{ required: "desc" }, { level: "desc" }],
      },
      abilityUnits: {
        select: { required: true, abilityUnit: { select: { key: true, nameZh: true, nameEn: true } } },
        orderBy: { required: "desc" },
      },
      languages: {
        select: {
          required: true,
          language: { select: { key: true, nameZh: true, nameEn: true } },
          minLevel: { select: { key: true, nameZh: true, nameEn: true } },
        },
      },
      marketplaces: { select: { marketplace: { select: { key: true, nameZh: true, nameEn: true } } } },
      sessions: {
        select: {
          session: {
            select: {
              id: true,
              slug: true,
              themeZh: true,
              themeEn: true,
              venueZh: true,
              venueEn: true,
              startsAt: true,
              endsAt: true,
              fair: { select: { nameZh: true, nameEn: true } },
            },
          },
        },
        orderBy: { session: { startsAt: "asc" } },
      },
    },
  });
  return job && job.status !== "DRAFT" ? job : null;
}

export type PublicJob = NonNullable<Awaited<ReturnType<typeof getPublicJob>>>;

/** Ids and dates of every job that may be shown, for the sitemap. */
export function listSearchableJobIds(now = new Date()) {
  return prisma.job.findMany({
    where: searchableWhere(now),
    select: { id: true, updatedAt: true },
    orderBy: { id: "asc" },
  });
}
