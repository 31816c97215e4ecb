/**
 * Jobs: reading them for public pages, and changing them. Every change enqueues the job's search
 * sync in the same transaction, so the index can lag for a moment but never miss a change.
 *
 * A company's own jobs are always reached through its id (`JobOwner`): another company's job id
 * reads as "not found". Status changes are conditional updates (`WHERE status = …`), so two
 * requests racing over one job cannot both win.
 */
import { prisma } from "~/db.server";
import { findDistrict } from "~/data/zhejiang";
import type { JobStatus, Prisma, PrismaClient } from "~/generated/prisma/client";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncJobKey } from "~/queue/tasks";
import { blocksPublishing, checkJobWording, type WordingReport } from "~/utils/job-wording";
import { searchableWhere } from "../../search";
import {
  endOfShanghaiDay,
  shanghaiDay,
  type JobFields,
  type LanguageNeed,
  type PostingCatalogue,
  type SkillNeed,
} from "./job-form";

type Db = PrismaClient | Prisma.TransactionClient;
type Tx = Prisma.TransactionClient;

async function changeJob(id: string, data: Prisma.JobUpdateInput) {
  return prisma.$transaction(async (tx) => {
    const job = await tx.job.update({ where: { id }, data, select: { id: true, status: true } });
    await enqueue(tx, TASK.syncJob, { id }, { jobKey: syncJobKey(id) });
    return job;
  });
}

function enqueueSync(tx: Tx, id: string) {
  return enqueue(tx, TASK.syncJob, { id }, { jobKey: syncJobKey(id) });
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

/**
 * Closes a job. Without `owner` (scripts, tests) any job; with it, only that company's draft or
 * published job, answering what happened.
 */
export function closeJob(id: string, now?: Date): Promise<{ id: string; status: JobStatus }>;
export function closeJob(id: string, now: Date, owner: JobOwner): Promise<JobOutcome>;
export function closeJob(id: string, now = new Date(), owner?: JobOwner) {
  if (!owner) return changeJob(id, { status: "CLOSED", closedAt: now });
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id, companyId: owner.companyId, status: { in: ["DRAFT", "PUBLISHED"] } },
        data: { status: "CLOSED", closedAt: now },
      });
      if (count === 0) throw new JobRefusal((await ownJob(tx, owner, id)) ? "wrong-status" : "not-found");
      await enqueueSync(tx, id);
      return { ok: true as const, id, status: "CLOSED" as const };
    }),
  );
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

// ---------------------------------------------------------------------------------------------
// Posting: a company's own jobs.

/** Who acts on a company's jobs: every read and write is scoped to `companyId`. */
export interface JobOwner {
  companyId: string;
  userId: string;
}

export type JobProblem =
  /** No such job for this company (another company's id reads the same). */
  | "not-found"
  /** The job is not in a status that allows this (e.g. editing a closed job). */
  | "wrong-status"
  /** Only companies the organizers verified may publish. */
  | "not-verified"
  /** Forbidden wording (see app/utils/job-wording.ts) must go before the job is published. */
  | "wording"
  /** validThrough has passed: set a new date first. */
  | "expired"
  /** An organizer took the job down; it cannot be reopened. */
  | "taken-down"
  /** A catalogue key or session is no longer there (changed since the form was loaded). */
  | "catalogue";

export type JobOutcome =
  { ok: true; id: string; status: JobStatus } | { ok: false; problem: JobProblem; wording?: WordingReport };

/** Thrown inside a transaction to roll it back; `refusals` turns it into an outcome. */
export class JobRefusal extends Error {
  constructor(
    readonly problem: JobProblem,
    readonly wording?: WordingReport,
  ) {
    super(problem);
  }
}

async function refusals(work: () => Promise<JobOutcome>): Promise<JobOutcome> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof JobRefusal) return { ok: false, problem: error.problem, wording: error.wording };
    throw error;
  }
}

function ownJob(db: Db, owner: JobOwner, id: string) {
  return db.job.findFirst({ where: { id, companyId: owner.companyId }, select: { id: true } });
}

/** Catalogue keys and session slugs → row ids (and each role's level), to write a job's fields. */
export interface CatalogueIds {
  families: Map<string, string>;
  roles: Map<string, { id: string; level: Prisma.JobCreateInput["level"] }>;
  abilityUnits: Map<string, string>;
  skills: Map<string, string>;
  languages: Map<string, string>;
  levels: Map<string, string>;
  marketplaces: Map<string, string>;
  sessions: Map<string, string>;
}

export async function loadCatalogueIds(db: Db): Promise<CatalogueIds> {
  const pairs = (rows: { id: string; key: string }[]) => new Map(rows.map((r) => [r.key, r.id]));
  const select = { id: true, key: true } as const;
  // One query at a time: inside a transaction they share one connection anyway.
  const families = pairs(await db.talentFamily.findMany({ select }));
  const roles = await db.talentRole.findMany({ select: { id: true, key: true, level: true } });
  const abilityUnits = pairs(await db.abilityUnit.findMany({ select }));
  const skills = pairs(await db.skill.findMany({ select }));
  const languages = pairs(await db.language.findMany({ select }));
  const levels = pairs(await db.languageLevel.findMany({ select }));
  const marketplaces = pairs(await db.marketplace.findMany({ select }));
  const sessions = await db.fairSession.findMany({ select: { id: true, slug: true } });
  return {
    families,
    roles: new Map(roles.map((r) => [r.key, { id: r.id, level: r.level }])),
    abilityUnits,
    skills,
    languages,
    levels,
    marketplaces,
    sessions: new Map(sessions.map((s) => [s.slug, s.id])),
  };
}

function idOf(map: Map<string, string>, key: string): string {
  const id = map.get(key);
  if (!id) throw new JobRefusal("catalogue");
  return id;
}

/** The job row's own columns for `fields` (coordinates: the district's centre). */
function jobColumns(fields: JobFields, ids: CatalogueIds) {
  const role = ids.roles.get(fields.role);
  const district = findDistrict(fields.city, fields.district);
  if (!role || !district) throw new JobRefusal("catalogue");
  return {
    titleZh: fields.titleZh,
    titleEn: fields.titleEn,
    descriptionZh: fields.descriptionZh,
    descriptionEn: fields.descriptionEn,
    familyId: idOf(ids.families, fields.family),
    roleId: role.id,
    level: role.level,
    employmentType: fields.employmentType,
    workMode: fields.workMode,
    education: fields.education,
    experienceYears: fields.experienceYears,
    headcount: fields.headcount,
    salaryMin: fields.salaryMin,
    salaryMax: fields.salaryMax,
    salaryCurrency: "CNY",
    salaryPeriod: fields.salaryPeriod,
    city: fields.city,
    district: fields.district,
    addressZh: fields.addressZh,
    addressEn: fields.addressEn,
    latitude: district.latitude,
    longitude: district.longitude,
    validThrough: endOfShanghaiDay(fields.validThrough),
  } satisfies Prisma.JobUncheckedUpdateInput;
}

/** Replaces a job's skills, ability units, languages, marketplaces and sessions with `fields`'. */
async function writeRelations(tx: Tx, jobId: string, fields: JobFields, ids: CatalogueIds, replace: boolean) {
  if (replace) {
    await tx.jobSkill.deleteMany({ where: { jobId } });
    await tx.jobAbilityUnit.deleteMany({ where: { jobId } });
    await tx.jobLanguage.deleteMany({ where: { jobId } });
    await tx.jobMarketplace.deleteMany({ where: { jobId } });
    await tx.sessionJob.deleteMany({ where: { jobId } });
  }
  const skills = (list: SkillNeed[], required: boolean) =>
    list.map((s) => ({ jobId, skillId: idOf(ids.skills, s.key), level: s.level, required }));
  const languages = (list: LanguageNeed[], required: boolean) =>
    list.map((l) => ({
      jobId,
      languageId: idOf(ids.languages, l.language),
      minLevelId: idOf(ids.levels, l.level),
      required,
    }));
  const units = (list: string[], required: boolean) =>
    list.map((key) => ({ jobId, abilityUnitId: idOf(ids.abilityUnits, key), required }));
  const skillRows = [...skills(fields.requiredSkills, true), ...skills(fields.preferredSkills, false)];
  const unitRows = [...units(fields.requiredAbilityUnits, true), ...units(fields.preferredAbilityUnits, false)];
  const languageRows = [...languages(fields.requiredLanguages, true), ...languages(fields.preferredLanguages, false)];
  const marketplaceRows = fields.marketplaces.map((key) => ({ jobId, marketplaceId: idOf(ids.marketplaces, key) }));
  const sessionRows = fields.sessions.map((slug) => ({ jobId, sessionId: idOf(ids.sessions, slug) }));
  if (skillRows.length) await tx.jobSkill.createMany({ data: skillRows });
  if (unitRows.length) await tx.jobAbilityUnit.createMany({ data: unitRows });
  if (languageRows.length) await tx.jobLanguage.createMany({ data: languageRows });
  if (marketplaceRows.length) await tx.jobMarketplace.createMany({ data: marketplaceRows });
  if (sessionRows.length) await tx.sessionJob.createMany({ data: sessionRows });
}

type PublishedContent = Pick<JobFields, "titleZh" | "titleEn" | "descriptionZh" | "descriptionEn"> & {
  validThrough: Date | null;
};

/** What must hold for a job to go (or stay) live; throws the first thing that does not. */
async function assertPublishable(tx: Tx, companyId: string, content: PublishedContent, now: Date) {
  const company = await tx.company.findUnique({ where: { id: companyId }, select: { verificationStatus: true } });
  if (company?.verificationStatus !== "VERIFIED") throw new JobRefusal("not-verified");
  if (content.validThrough && content.validThrough <= now) throw new JobRefusal("expired");
  const wording = checkJobWording(content);
  if (blocksPublishing(wording)) throw new JobRefusal("wording", wording);
}

/**
 * Writes a new job of `owner`'s company in `tx`: a draft, or published at once. Used by the form
 * (createJob) and by CSV imports, which pass their own transaction and catalogue ids.
 */
export async function insertJob(
  tx: Tx,
  owner: { companyId: string; userId: string | null },
  fields: JobFields,
  ids: CatalogueIds,
  { now = new Date(), publish = false }: { now?: Date; publish?: boolean } = {},
): Promise<{ id: string; status: JobStatus }> {
  const columns = jobColumns(fields, ids);
  if (publish) await assertPublishable(tx, owner.companyId, columns, now);
  const job = await tx.job.create({
    data: {
      ...columns,
      companyId: owner.companyId,
      createdById: owner.userId,
      status: publish ? "PUBLISHED" : "DRAFT",
      datePosted: publish ? now : null,
    },
    select: { id: true, status: true },
  });
  await writeRelations(tx, job.id, fields, ids, false);
  await enqueueSync(tx, job.id);
  return job;
}

/** A new job from the posting form: a draft, or (`publish`) published in the same transaction. */
export function createJob(
  owner: JobOwner,
  fields: JobFields,
  { now = new Date(), publish = false }: { now?: Date; publish?: boolean } = {},
): Promise<JobOutcome> {
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const ids = await loadCatalogueIds(tx);
      const job = await insertJob(tx, owner, fields, ids, { now, publish });
      return { ok: true as const, ...job };
    }),
  );
}

/**
 * Saves a draft or a published job. A published job's new text goes live at once, so it must pass
 * the publishing rules; `publish` publishes a draft with these fields (datePosted on the first
 * publication only). Closed jobs are not edited: reopen them first.
 */
export function updateJob(
  owner: JobOwner,
  id: string,
  fields: JobFields,
  { now = new Date(), publish = false }: { now?: Date; publish?: boolean } = {},
): Promise<JobOutcome> {
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const current = await tx.job.findFirst({
        where: { id, companyId: owner.companyId },
        select: { status: true, datePosted: true },
      });
      if (!current) throw new JobRefusal("not-found");
      if (current.status === "CLOSED") throw new JobRefusal("wrong-status");
      const ids = await loadCatalogueIds(tx);
      const columns = jobColumns(fields, ids);
      const live = publish || current.status === "PUBLISHED";
      if (live) await assertPublishable(tx, owner.companyId, columns, now);
      const status: JobStatus = live ? "PUBLISHED" : "DRAFT";
      const { count } = await tx.job.updateMany({
        where: { id, companyId: owner.companyId, status: current.status },
        data: { ...columns, status, datePosted: live ? (current.datePosted ?? now) : current.datePosted },
      });
      if (count === 0) throw new JobRefusal("wrong-status"); // changed by someone else meanwhile
      await writeRelations(tx, id, fields, ids, true);
      await enqueueSync(tx, id);
      return { ok: true as const, id, status };
    }),
  );
}

/** Publishes a draft as it is saved (already published: nothing to do). */
export function publishJob(owner: JobOwner, id: string, { now = new Date() }: { now?: Date } = {}) {
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const job = await tx.job.findFirst({
        where: { id, companyId: owner.companyId },
        select: {
          status: true,
          datePosted: true,
          validThrough: true,
          titleZh: true,
          titleEn: true,
          descriptionZh: true,
          descriptionEn: true,
        },
      });
      if (!job) throw new JobRefusal("not-found");
      if (job.status === "PUBLISHED") return { ok: true as const, id, status: job.status };
      if (job.status !== "DRAFT") throw new JobRefusal("wrong-status");
      await assertPublishable(tx, owner.companyId, job, now);
      const { count } = await tx.job.updateMany({
        where: { id, companyId: owner.companyId, status: "DRAFT" },
        data: { status: "PUBLISHED", datePosted: job.datePosted ?? now, closedAt: null },
      });
      if (count === 0) throw new JobRefusal("wrong-status");
      await enqueueSync(tx, id);
      return { ok: true as const, id, status: "PUBLISHED" as const };
    }),
  );
}

/** A closed job back to draft, to edit and publish again; not one an organizer took down. */
export function reopenJob(owner: JobOwner, id: string) {
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const { count } = await tx.job.updateMany({
        where: { id, companyId: owner.companyId, status: "CLOSED", takenDownAt: null },
        data: { status: "DRAFT", closedAt: null },
      });
      if (count === 0) {
        const job = await tx.job.findFirst({
          where: { id, companyId: owner.companyId },
          select: { takenDownAt: true },
        });
        throw new JobRefusal(!job ? "not-found" : job.takenDownAt ? "taken-down" : "wrong-status");
      }
      await enqueueSync(tx, id);
      return { ok: true as const, id, status: "DRAFT" as const };
    }),
  );
}

/**
 * A new draft with the same content. A deadline that has passed (or was never set) moves to 60
 * days from today, so the copy can be published without first fixing the date.
 */
export function duplicateJob(owner: JobOwner, id: string, { now = new Date() }: { now?: Date } = {}) {
  return refusals(() =>
    prisma.$transaction(async (tx) => {
      const job = await tx.job.findFirst({
        where: { id, companyId: owner.companyId },
        include: { skills: true, abilityUnits: true, languages: true, marketplaces: true, sessions: true },
      });
      if (!job) throw new JobRefusal("not-found");
      const { skills, abilityUnits, languages, marketplaces, sessions } = job;
      const copy = await tx.job.create({
        data: {
          companyId: owner.companyId,
          createdById: owner.userId,
          status: "DRAFT",
          titleZh: job.titleZh,
          titleEn: job.titleEn,
          descriptionZh: job.descriptionZh,
          descriptionEn: job.descriptionEn,
          familyId: job.familyId,
          roleId: job.roleId,
          level: job.level,
          employmentType: job.employmentType,
          education: job.education,
          experienceYears: job.experienceYears,
          salaryMin: job.salaryMin,
          salaryMax: job.salaryMax,
          salaryCurrency: job.salaryCurrency,
          salaryPeriod: job.salaryPeriod,
          headcount: job.headcount,
          city: job.city,
          district: job.district,
          addressZh: job.addressZh,
          addressEn: job.addressEn,
          latitude: job.latitude,
          longitude: job.longitude,
          workMode: job.workMode,
          validThrough:
            job.validThrough && job.validThrough > now ? job.validThrough : endOfShanghaiDay(shanghaiDay(now, 60)),
        },
        select: { id: true },
      });
      const jobId = copy.id;
      if (skills.length)
        await tx.jobSkill.createMany({
          data: skills.map((s) => ({ jobId, skillId: s.skillId, level: s.level, required: s.required })),
        });
      if (abilityUnits.length)
        await tx.jobAbilityUnit.createMany({
          data: abilityUnits.map((a) => ({ jobId, abilityUnitId: a.abilityUnitId, required: a.required })),
        });
      if (languages.length)
        await tx.jobLanguage.createMany({
          data: languages.map((l) => ({
            jobId,
            languageId: l.languageId,
            minLevelId: l.minLevelId,
            required: l.required,
          })),
        });
      if (marketplaces.length)
        await tx.jobMarketplace.createMany({
          data: marketplaces.map((m) => ({ jobId, marketplaceId: m.marketplaceId })),
        });
      if (sessions.length)
        await tx.sessionJob.createMany({ data: sessions.map((s) => ({ jobId, sessionId: s.sessionId })) });
      await enqueueSync(tx, jobId);
      return { ok: true as const, id: jobId, status: "DRAFT" as const };
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Reading a company's jobs.

export const COMPANY_JOB_PAGE_SIZE = 20;

export interface CompanyJobFilter {
  status?: JobStatus;
  /** Words in the Chinese or English title. */
  q?: string;
  page?: number;
}

/** A page of the company's jobs, newest change first. */
export async function listCompanyJobs(companyId: string, { status, q, page = 1 }: CompanyJobFilter = {}) {
  const where: Prisma.JobWhereInput = {
    companyId,
    ...(status ? { status } : {}),
    ...(q
      ? { OR: [{ titleZh: { contains: q, mode: "insensitive" } }, { titleEn: { contains: q, mode: "insensitive" } }] }
      : {}),
  };
  const [jobs, total, counts] = await Promise.all([
    prisma.job.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * COMPANY_JOB_PAGE_SIZE,
      take: COMPANY_JOB_PAGE_SIZE,
      select: {
        id: true,
        status: true,
        titleZh: true,
        titleEn: true,
        city: true,
        district: true,
        datePosted: true,
        validThrough: true,
        updatedAt: true,
        takenDownAt: true,
        role: { select: { nameZh: true, nameEn: true } },
      },
    }),
    prisma.job.count({ where }),
    prisma.job.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } }),
  ]);
  const byStatus = Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Partial<
    Record<JobStatus, number>
  >;
  return { jobs, total, byStatus };
}

const COMPANY_JOB_INCLUDE = {
  family: { select: { key: true } },
  role: { select: { key: true } },
  skills: { select: { required: true, level: true, skill: { select: { key: true } } } },
  abilityUnits: { select: { required: true, abilityUnit: { select: { key: true } } } },
  languages: {
    select: { required: true, language: { select: { key: true } }, minLevel: { select: { key: true } } },
  },
  marketplaces: { select: { marketplace: { select: { key: true } } }, orderBy: { marketplace: { key: "asc" } } },
  sessions: { select: { session: { select: { slug: true } } } },
} satisfies Prisma.JobInclude;

export type CompanyJob = Prisma.JobGetPayload<{ include: typeof COMPANY_JOB_INCLUDE }>;

export async function companyHasJob(companyId: string, id: string): Promise<boolean> {
  return (await prisma.job.count({ where: { id, companyId } })) === 1;
}

/** One of the company's jobs with its catalogue keys, or null (also for another company's job). */
export function getCompanyJob(companyId: string, id: string): Promise<CompanyJob | null> {
  return prisma.job.findFirst({ where: { id, companyId }, include: COMPANY_JOB_INCLUDE });
}

/** A stored job as the form's fields. */
export function jobFieldsOf(job: CompanyJob, now = new Date()): JobFields {
  const skills = (required: boolean) =>
    job.skills
      .filter((s) => s.required === required)
      .map((s) => ({ key: s.skill.key, level: Math.min(3, Math.max(1, s.level)) as SkillNeed["level"] }));
  const languages = (required: boolean) =>
    job.languages
      .filter((l) => l.required === required)
      .map((l) => ({ language: l.language.key, level: l.minLevel.key }));
  const units = (required: boolean) =>
    job.abilityUnits.filter((a) => a.required === required).map((a) => a.abilityUnit.key);
  return {
    titleZh: job.titleZh,
    titleEn: job.titleEn,
    descriptionZh: job.descriptionZh,
    descriptionEn: job.descriptionEn,
    family: job.family.key,
    role: job.role.key,
    employmentType: job.employmentType,
    workMode: job.workMode,
    education: job.education,
    experienceYears: job.experienceYears,
    headcount: job.headcount,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryPeriod: job.salaryPeriod,
    city: job.city,
    district: job.district,
    addressZh: job.addressZh,
    addressEn: job.addressEn,
    validThrough: shanghaiDay(job.validThrough ?? now, job.validThrough ? 0 : 60),
    requiredSkills: skills(true),
    preferredSkills: skills(false),
    requiredAbilityUnits: units(true),
    preferredAbilityUnits: units(false),
    requiredLanguages: languages(true),
    preferredLanguages: languages(false),
    marketplaces: job.marketplaces.map((m) => m.marketplace.key),
    sessions: job.sessions.map((s) => s.session.slug),
  };
}

const LEVEL_ORDER = { JUNIOR: 0, INTERMEDIATE: 1, SENIOR: 2 } as const;

/** The catalogue as the posting form's pickers and the field rules need it. */
export async function loadPostingCatalogue(db: Db = prisma): Promise<PostingCatalogue> {
  const named = { key: true, nameZh: true, nameEn: true } as const;
  const families = await db.talentFamily.findMany({
    orderBy: { sortOrder: "asc" },
    select: {
      ...named,
      roles: {
        select: {
          ...named,
          domain: true,
          level: true,
          abilityUnits: { select: named, orderBy: { key: "asc" } },
        },
      },
    },
  });
  const skills = await db.skill.findMany({ select: { ...named, category: true }, orderBy: [{ category: "asc" }] });
  const languages = await db.language.findMany({
    select: { ...named, levels: { select: { ...named, cefr: true }, orderBy: [{ cefr: "asc" }, { key: "asc" }] } },
  });
  const marketplaces = await db.marketplace.findMany({ select: named, orderBy: { key: "asc" } });
  const sessions = await db.fairSession.findMany({
    select: { slug: true, themeZh: true, themeEn: true, startsAt: true, endsAt: true },
    orderBy: { startsAt: "asc" },
  });
  // English and Chinese first: nearly every job asks for one of them.
  const languageRank = (key: string) => (key === "en" ? 0 : key === "zh" ? 1 : 2);
  return {
    families: families.map((family) => ({
      ...family,
      roles: [...family.roles].sort(
        (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.nameEn.localeCompare(b.nameEn),
      ),
    })),
    skills: [...skills].sort((a, b) => a.category.localeCompare(b.category) || a.nameEn.localeCompare(b.nameEn)),
    languages: [...languages]
      .sort((a, b) => languageRank(a.key) - languageRank(b.key) || a.nameEn.localeCompare(b.nameEn))
      .map((language) => ({ ...language, levels: language.levels.map(({ cefr: _, ...level }) => level) })),
    marketplaces,
    sessions: sessions.map((s) => ({ ...s, startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() })),
  };
}
