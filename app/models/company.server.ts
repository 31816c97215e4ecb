/**
 * Companies: sign-up (owner account + pending company in one transaction), the owner's profile
 * and logo, and the organizers' verification decisions. A company reaches students only once the
 * organizers have verified it; every decision is audited and mailed to the owner.
 */
import { ZHEJIANG_CITIES } from "~/data/zhejiang";
import { prisma } from "~/db.server";
import { appUrl } from "~/env.server";
import { Prisma } from "~/generated/prisma/client";
import type { CompanySize, VerificationStatus } from "~/generated/prisma/enums";
import { isLocale, type Locale } from "~/i18n/config";
import { pickLocalized } from "~/i18n/pick";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncJobKey } from "~/queue/tasks";
import { hashPassword } from "~/utils/password.server";
import { createAccount, type NewAccount } from "./account.server";
import { audit } from "./audit.server";
import { storeFile, type AllowedType } from "./files.server";
import { closeJob } from "./job.server";
import { composeMail, queueMail } from "./mail.server";

type Tx = Prisma.TransactionClient;

export interface CompanyInput {
  nameZh: string;
  nameEn: string;
  creditCode: string;
  industry: string;
  size: CompanySize;
  city: string;
  district: string;
  website: string | null;
  descriptionZh: string;
  descriptionEn: string;
}

export interface LogoUpload {
  bytes: Buffer;
  type: AllowedType;
  name: string;
}

/** Exactly the columns a company may set about itself (callers may pass wider objects). */
function companyData(input: Omit<CompanyInput, "creditCode"> & { creditCode?: string }) {
  return {
    nameZh: input.nameZh,
    nameEn: input.nameEn,
    creditCode: input.creditCode,
    industry: input.industry,
    size: input.size,
    city: input.city,
    district: input.district,
    website: input.website,
    descriptionZh: input.descriptionZh,
    descriptionEn: input.descriptionEn,
  };
}

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

export async function isCreditCodeTaken(creditCode: string, exceptCompanyId?: string): Promise<boolean> {
  const row = await prisma.company.findUnique({ where: { creditCode }, select: { id: true } });
  return row !== null && row.id !== exceptCompanyId;
}

/** "Hangzhou Lanhai Trading Co., Ltd." → "hangzhou-lanhai-trading-co-ltd". */
export function slugify(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f']/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || "company";
}

/** The slug, or the slug with the first free number ("…-2"). */
async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await tx.company.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((c) => c.slug),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export type CompanySignUpResult = "mailed" | "credit-code-taken";

/**
 * The owner's account, the company (pending) and the owner's membership, in one transaction.
 * When the address already has an account, its owner is mailed (by createAccount) and nothing
 * else is created: the caller answers "check your mail" either way. A credit code that is
 * already registered is the one thing said out loud: that company's owner can invite the person.
 */
export async function signUpCompany(
  { account, company, logo }: { account: NewAccount; company: CompanyInput; logo?: LogoUpload | null },
  now = new Date(),
): Promise<CompanySignUpResult> {
  if (await isCreditCodeTaken(company.creditCode)) return "credit-code-taken";
  // Hashed before the transaction (tens of milliseconds), and for existing addresses too.
  const passwordHash = await hashPassword(account.password);
  for (let attempt = 1; ; attempt++) {
    try {
      await prisma.$transaction(async (tx) => {
        const userId = await createAccount(tx, { ...account, passwordHash }, now);
        if (!userId) return;
        const logoId = logo ? (await storeFile(tx, logo)).id : null;
        const { id } = await tx.company.create({
          data: {
            ...companyData(company),
            creditCode: company.creditCode,
            slug: await freeSlug(tx, company.nameEn),
            logoId,
            verificationStatus: "PENDING",
          },
          select: { id: true },
        });
        await tx.companyMember.create({ data: { userId, companyId: id, role: "OWNER" } });
      });
      return "mailed";
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Someone registered the same code (or took the slug) a moment ago.
      if (await isCreditCodeTaken(company.creditCode)) return "credit-code-taken";
      if (attempt >= 3) throw error;
    }
  }
}

/** The company's own data and where its review stands: what the owner's form and the dashboard show. */
const COMPANY_PROFILE_SELECT = {
  id: true,
  nameZh: true,
  nameEn: true,
  creditCode: true,
  industry: true,
  size: true,
  city: true,
  district: true,
  website: true,
  descriptionZh: true,
  descriptionEn: true,
  verificationStatus: true,
  reviewNote: true,
  logoId: true,
} satisfies Prisma.CompanySelect;

/** What every member sees on the company's dashboard. */
export async function getCompanyDashboard(companyId: string) {
  const [company, jobs, members] = await Promise.all([
    prisma.company.findUniqueOrThrow({
      where: { id: companyId },
      select: { ...COMPANY_PROFILE_SELECT, verifiedAt: true, createdAt: true },
    }),
    prisma.job.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } }),
    prisma.companyMember.count({ where: { companyId } }),
  ]);
  const jobCounts = { DRAFT: 0, PUBLISHED: 0, CLOSED: 0 };
  for (const row of jobs) jobCounts[row.status] = row._count._all;
  return { company, jobCounts, members };
}

/** The owner's form: the stored data. */
export function getCompanyProfile(companyId: string) {
  return prisma.company.findUniqueOrThrow({
    where: { id: companyId },
    select: COMPANY_PROFILE_SELECT,
  });
}

/** The credit code may change until the organizers have verified the company. */
export function isCreditCodeEditable(status: VerificationStatus): boolean {
  return status === "PENDING" || status === "REJECTED";
}

export type ProfileUpdateResult =
  | { ok: true; resubmitted: boolean }
  | { ok: false; problem: "credit-code-taken" | "credit-code-locked" | "status-changed" };

/**
 * Saves the owner's changes. A rejected company that saves goes back to the queue (PENDING; the
 * organizers still see their last note). Names are part of every job document in the search
 * index, so a change of name re-syncs the company's published jobs.
 */
export async function updateCompanyProfile(
  companyId: string,
  input: Omit<CompanyInput, "creditCode"> & { creditCode?: string },
): Promise<ProfileUpdateResult> {
  const current = await prisma.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { verificationStatus: true, creditCode: true, nameZh: true, nameEn: true },
  });
  const status = current.verificationStatus;
  const codeChanges = input.creditCode !== undefined && input.creditCode !== current.creditCode;
  if (codeChanges && !isCreditCodeEditable(status)) return { ok: false, problem: "credit-code-locked" };
  if (codeChanges && (await isCreditCodeTaken(input.creditCode!, companyId)))
    return { ok: false, problem: "credit-code-taken" };
  const resubmitted = status === "REJECTED";
  try {
    return await prisma.$transaction(async (tx) => {
      // Conditional on the status we read: an organizer's decision in between wins.
      const { count } = await tx.company.updateMany({
        where: { id: companyId, verificationStatus: status },
        data: { ...companyData(input), ...(resubmitted ? { verificationStatus: "PENDING" as const } : {}) },
      });
      if (count === 0) return { ok: false as const, problem: "status-changed" as const };
      if (input.nameZh !== current.nameZh || input.nameEn !== current.nameEn) {
        const jobs = await tx.job.findMany({ where: { companyId, status: "PUBLISHED" }, select: { id: true } });
        for (const { id } of jobs) await enqueue(tx, TASK.syncJob, { id }, { jobKey: syncJobKey(id) });
      }
      return { ok: true as const, resubmitted };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: false, problem: "credit-code-taken" };
    throw error;
  }
}

/** Stores the new logo and deletes the old file, in one transaction. */
export async function replaceCompanyLogo(companyId: string, upload: LogoUpload): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { logoId: old } = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { logoId: true } });
    const { id } = await storeFile(tx, upload);
    await tx.company.update({ where: { id: companyId }, data: { logoId: id } });
    if (old) await tx.storedFile.delete({ where: { id: old } });
  });
}

export async function removeCompanyLogo(companyId: string): Promise<void> {
  await prisma.$transaction(async (tx) => {
    const { logoId } = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { logoId: true } });
    if (!logoId) return;
    await tx.company.update({ where: { id: companyId }, data: { logoId: null } });
    await tx.storedFile.delete({ where: { id: logoId } });
  });
}

/** The company's logo with what decides who may see it. */
export function getCompanyLogo(companyId: string) {
  return prisma.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      verificationStatus: true,
      logo: { select: { id: true, data: true, contentType: true, fileName: true, sha256: true } },
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The organizers' verification queue.

export const REVIEW_PAGE_SIZE = 20;

export interface ReviewQuery {
  status?: VerificationStatus;
  q?: string;
  page: number;
}

/** Companies for the queue: pending first (the enum's order), oldest first; by name or credit code. */
export async function listCompaniesForReview({ status, q, page }: ReviewQuery) {
  const search: Prisma.CompanyWhereInput | undefined = q
    ? {
        OR: [
          { nameZh: { contains: q, mode: "insensitive" } },
          { nameEn: { contains: q, mode: "insensitive" } },
          { creditCode: { startsWith: q.replace(/[\s-]/g, "").toUpperCase() } },
        ],
      }
    : undefined;
  const where: Prisma.CompanyWhereInput = { ...(status ? { verificationStatus: status } : {}), ...search };
  const [companies, total, byStatus] = await Promise.all([
    prisma.company.findMany({
      where,
      orderBy: [{ verificationStatus: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      skip: (page - 1) * REVIEW_PAGE_SIZE,
      take: REVIEW_PAGE_SIZE,
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        creditCode: true,
        city: true,
        district: true,
        verificationStatus: true,
        createdAt: true,
      },
    }),
    prisma.company.count({ where }),
    prisma.company.groupBy({ by: ["verificationStatus"], where: search ?? {}, _count: { _all: true } }),
  ]);
  const counts: Record<VerificationStatus, number> = { PENDING: 0, VERIFIED: 0, REJECTED: 0, SUSPENDED: 0 };
  for (const row of byStatus) counts[row.verificationStatus] = row._count._all;
  return { companies, total, counts };
}

/** Everything the company entered, its members and the organizers' earlier decisions. */
export async function getCompanyForReview(companyId: string) {
  const company = await prisma.company.findUnique({
    where: { id: companyId },
    include: {
      reviewedBy: { select: { email: true } },
      members: {
        select: { id: true, role: true, createdAt: true, user: { select: { email: true, emailVerifiedAt: true } } },
        orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      },
    },
  });
  if (!company) return null;
  const [jobs, history] = await Promise.all([
    prisma.job.groupBy({ by: ["status"], where: { companyId }, _count: { _all: true } }),
    prisma.auditLog.findMany({
      where: { subjectType: "Company", subjectId: companyId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, action: true, details: true, createdAt: true, actor: { select: { email: true } } },
    }),
  ]);
  const jobCounts = { DRAFT: 0, PUBLISHED: 0, CLOSED: 0 };
  for (const row of jobs) jobCounts[row.status] = row._count._all;
  return { company, jobCounts, history };
}

/** The place a GB/T 2260 code names: a Zhejiang district, a Zhejiang city, or null (elsewhere). */
export function placeOfDivision(code: string): { city: string; district: string | null } | null {
  for (const city of ZHEJIANG_CITIES) {
    if (city.code === code) return { city: city.key, district: null };
    const district = city.districts.find((d) => d.code === code);
    if (district) return { city: city.key, district: district.key };
  }
  return null;
}

export type ReviewAction = "approve" | "reject" | "suspend" | "reinstate";

/**
 * Which decision applies from which status, and the mail it sends. Rejection is for a pending
 * application; suspension takes a verified company off the portal (its jobs are closed);
 * reinstating makes it verified again.
 */
export const REVIEW_RULES: Record<
  ReviewAction,
  { from: VerificationStatus[]; to: VerificationStatus; mail: string; reason: boolean }
> = {
  approve: { from: ["PENDING", "REJECTED"], to: "VERIFIED", mail: "company.mail.approved", reason: false },
  reject: { from: ["PENDING"], to: "REJECTED", mail: "company.mail.rejected", reason: true },
  suspend: { from: ["VERIFIED"], to: "SUSPENDED", mail: "company.mail.suspended", reason: true },
  reinstate: { from: ["SUSPENDED"], to: "VERIFIED", mail: "company.mail.reinstated", reason: false },
};

export function allowedReviewActions(status: VerificationStatus): ReviewAction[] {
  return (Object.keys(REVIEW_RULES) as ReviewAction[]).filter((action) => REVIEW_RULES[action].from.includes(status));
}

export interface ReviewDecision {
  companyId: string;
  action: ReviewAction;
  /** Required for reject and suspend (shown to the company). */
  reason?: string;
  actorId: string;
  ip?: string;
}

export type ReviewResult =
  | { ok: true; status: VerificationStatus; closedJobs: number; company: { nameZh: string; nameEn: string } }
  | { ok: false; problem: "not-found" | "wrong-status" | "reason-required" };

/**
 * An organizer's decision: the status change (conditional on the status it applies to, so two
 * organizers cannot both decide), the audit row and the owner's mail, in one transaction. A
 * suspension then closes the company's published jobs, each of which enqueues its search sync.
 */
export async function reviewCompany(decision: ReviewDecision, now = new Date()): Promise<ReviewResult> {
  const rule = REVIEW_RULES[decision.action];
  const reason = decision.reason?.trim() || null;
  if (rule.reason && !reason) return { ok: false, problem: "reason-required" };
  const outcome = await prisma.$transaction(async (tx) => {
    const company = await tx.company.findUnique({
      where: { id: decision.companyId },
      select: {
        id: true,
        nameZh: true,
        nameEn: true,
        verificationStatus: true,
        members: { where: { role: "OWNER" }, select: { user: { select: { email: true, locale: true } } } },
      },
    });
    if (!company) return { problem: "not-found" as const };
    const { count } = await tx.company.updateMany({
      where: { id: company.id, verificationStatus: { in: rule.from } },
      data: {
        verificationStatus: rule.to,
        reviewNote: rule.reason ? reason : null,
        reviewedById: decision.actorId,
        ...(decision.action === "approve" ? { verifiedAt: now } : {}),
      },
    });
    if (count === 0) return { problem: "wrong-status" as const };
    await audit(tx, {
      actorId: decision.actorId,
      action: `company.${decision.action}`,
      subjectType: "Company",
      subjectId: company.id,
      details: { from: company.verificationStatus, to: rule.to, ...(rule.reason ? { reason } : {}) },
      ip: decision.ip,
    });
    for (const { user } of company.members) {
      const locale: Locale = isLocale(user.locale) ? user.locale : "zh-CN";
      await queueMail(
        tx,
        composeMail(locale, rule.mail, user.email, {
          company: pickLocalized(company, "name", locale),
          reason: reason ?? "",
          link: `${appUrl().origin}/company`,
        }),
      );
    }
    return { problem: null, company: { nameZh: company.nameZh, nameEn: company.nameEn } };
  });
  if (outcome.problem) return { ok: false, problem: outcome.problem };
  const closedJobs = decision.action === "suspend" ? await closePublishedJobs(decision.companyId, now) : 0;
  return { ok: true, status: rule.to, closedJobs, company: outcome.company };
}

/**
 * Closes every published job of a company that may not be on the portal (suspended). closeJob runs
 * its own transaction per job, so this runs after the suspension has committed (from then on no
 * job of the company can be published); should it fail half-way, the organizer's company page
 * shows the jobs still open and runs it again.
 */
export async function closePublishedJobs(companyId: string, now = new Date()): Promise<number> {
  const company = await prisma.company.findUnique({ where: { id: companyId }, select: { verificationStatus: true } });
  if (company?.verificationStatus !== "SUSPENDED") return 0;
  const jobs = await prisma.job.findMany({ where: { companyId, status: "PUBLISHED" }, select: { id: true } });
  for (const { id } of jobs) await closeJob(id, now);
  return jobs.length;
}
