/**
 * What a job looks like in the jobs index, and how it is built from the database row. Only jobs
 * that may be shown (published, not expired) are indexed; the rest are removed from the index.
 */
import { z } from "zod";
import type { Prisma, PrismaClient } from "../app/generated/prisma/client";
import { monthlyEquivalent, salaryBand } from "../app/utils/salary";
import { SALARY_BANDS } from "../app/data/job-search";
import { withContentHash } from "./content-hash";

/** Far-future expiry for jobs without validThrough, so one numeric filter covers every job. */
export const NEVER_EXPIRES = 253_402_300_799; // 9999-12-31T23:59:59Z

/** The relations a job document needs, in one query. */
export const JOB_DOCUMENT_SELECT = {
  id: true,
  status: true,
  titleZh: true,
  titleEn: true,
  descriptionZh: true,
  descriptionEn: true,
  companyId: true,
  company: { select: { nameZh: true, nameEn: true } },
  family: { select: { key: true } },
  role: { select: { key: true } },
  level: true,
  employmentType: true,
  education: true,
  workMode: true,
  experienceYears: true,
  salaryMin: true,
  salaryMax: true,
  salaryPeriod: true,
  city: true,
  district: true,
  latitude: true,
  longitude: true,
  datePosted: true,
  validThrough: true,
  updatedAt: true,
  skills: { select: { required: true, level: true, skill: { select: { key: true } } } },
  abilityUnits: { select: { required: true, abilityUnit: { select: { key: true } } } },
  languages: { select: { required: true, language: { select: { key: true } }, minLevel: { select: { cefr: true } } } },
  marketplaces: { select: { marketplace: { select: { key: true } } } },
  sessions: { select: { session: { select: { slug: true } } } },
} satisfies Prisma.JobSelect;

export type JobRow = Prisma.JobGetPayload<{ select: typeof JOB_DOCUMENT_SELECT }>;

const byKey = <T extends { key: string }>(items: T[]) =>
  items.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export const jobDocumentSchema = z.object({
  id: z.string().min(1),
  titleZh: z.string(),
  titleEn: z.string(),
  descriptionZh: z.string(),
  descriptionEn: z.string(),
  companyId: z.string(),
  companyNameZh: z.string(),
  companyNameEn: z.string(),
  familyKey: z.string(),
  roleKey: z.string(),
  level: z.string(),
  employmentType: z.string(),
  education: z.string(),
  workMode: z.string(),
  experienceYears: z.number().int().min(0),
  salaryMin: z.number().int().min(0),
  salaryMax: z.number().int().min(0),
  salaryPeriod: z.string(),
  /** Upper bound normalised to a month, for sorting and bands. */
  salaryMonthlyMax: z.number().int().min(0),
  salaryBand: z.enum(SALARY_BANDS.map((band) => band.key) as [string, ...string[]]),
  city: z.string(),
  district: z.string(),
  skills: z.array(z.string()),
  abilityUnits: z.array(z.string()),
  languages: z.array(z.string()),
  marketplaces: z.array(z.string()),
  sessions: z.array(z.string()),
  /** What the match score needs beyond the filterable keys above (match-inputs.ts). */
  requirements: z.object({
    skills: z.array(z.object({ key: z.string(), level: z.number().int(), required: z.boolean() })),
    abilityUnits: z.array(z.object({ key: z.string(), required: z.boolean() })),
    languages: z.array(z.object({ key: z.string(), cefr: z.number().int(), required: z.boolean() })),
  }),
  /** Unix seconds. */
  postedAt: z.number().int(),
  expiresAt: z.number().int(),
  _geo: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }),
});

/** The stored document: the checked content plus its `contentHash` (see content-hash.ts). */
export type JobDocument = z.infer<typeof jobDocumentSchema> & { contentHash: string };

/**
 * Whether a job may appear in search at `now`: published and not past validThrough. The index
 * applies it when syncing, the database when search results are hydrated (`searchableWhere`).
 */
export function isSearchable(job: Pick<JobRow, "status" | "validThrough">, now: Date): boolean {
  return job.status === "PUBLISHED" && (!job.validThrough || job.validThrough > now);
}

/** The same rule as a Prisma filter. */
export function searchableWhere(now: Date) {
  return {
    status: "PUBLISHED",
    OR: [{ validThrough: null }, { validThrough: { gt: now } }],
  } satisfies Prisma.JobWhereInput;
}

export function toJobDocument(job: JobRow): JobDocument {
  const monthlyMax = monthlyEquivalent(job.salaryMax, job.salaryPeriod);
  const document = jobDocumentSchema.parse({
    id: job.id,
    titleZh: job.titleZh,
    titleEn: job.titleEn,
    descriptionZh: job.descriptionZh,
    descriptionEn: job.descriptionEn,
    companyId: job.companyId,
    companyNameZh: job.company.nameZh,
    companyNameEn: job.company.nameEn,
    familyKey: job.family.key,
    roleKey: job.role.key,
    level: job.level,
    employmentType: job.employmentType,
    education: job.education,
    workMode: job.workMode,
    experienceYears: job.experienceYears,
    salaryMin: job.salaryMin,
    salaryMax: job.salaryMax,
    salaryPeriod: job.salaryPeriod,
    salaryMonthlyMax: monthlyMax,
    salaryBand: salaryBand(monthlyMax),
    city: job.city,
    district: job.district,
    skills: job.skills.map((s) => s.skill.key),
    abilityUnits: job.abilityUnits.map((a) => a.abilityUnit.key),
    languages: job.languages.map((l) => l.language.key),
    marketplaces: job.marketplaces.map((m) => m.marketplace.key),
    sessions: job.sessions.map((s) => s.session.slug),
    // Sorted: relation order differs between reads, and the content hash must not see it.
    requirements: {
      skills: byKey(job.skills.map((s) => ({ key: s.skill.key, level: s.level, required: s.required }))),
      abilityUnits: byKey(job.abilityUnits.map((a) => ({ key: a.abilityUnit.key, required: a.required }))),
      languages: byKey(
        job.languages.map((l) => ({ key: l.language.key, cefr: l.minLevel.cefr, required: l.required })),
      ),
    },
    postedAt: seconds(job.datePosted ?? job.updatedAt),
    expiresAt: job.validThrough ? seconds(job.validThrough) : NEVER_EXPIRES,
    _geo: { lat: job.latitude, lng: job.longitude },
  });
  return withContentHash(document);
}

export function loadJobRow(db: PrismaClient, id: string): Promise<JobRow | null> {
  return db.job.findUnique({ where: { id }, select: JOB_DOCUMENT_SELECT });
}
