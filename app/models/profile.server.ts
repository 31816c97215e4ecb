/**
 * Student profiles: reading one for its owner, changing it section by section, the résumé, and
 * the views a company gets. Every change runs in one transaction that locks the profile row (so
 * limits like "at most 40 skills" hold under concurrent requests) and enqueues the candidate sync
 * in the same transaction. Catalogue references are checked here: a key that does not exist is a
 * 400 with nothing changed, a row id that is not this student's is a 404.
 */
import { skillCategories } from "../../prisma/catalogue/catalogue.json";
import { prisma } from "~/db.server";
import type { Prisma } from "~/generated/prisma/client";
import { enqueue } from "~/queue/enqueue.server";
import { TASK, syncCandidateKey } from "~/queue/tasks";
import { cachedFor } from "~/utils/cache.server";
import type { FieldErrors } from "~/utils/forms.server";
import { audit } from "./audit.server";
import { fileResponse, storeFile, type AllowedType } from "./files.server";
import { profileCompleteness, type Completeness } from "./profile-completeness";
import type { ProfileChange, StepInput } from "./profile-forms";
import { PROFILE_LIMITS } from "./profile-steps";

type Tx = Prisma.TransactionClient;

// --- Reading ---------------------------------------------------------------------------------

const named = { select: { key: true, nameZh: true, nameEn: true } } as const;

/** A profile with every section, as its owner edits it (no file bytes). */
export const PROFILE_INCLUDE = {
  user: { select: { email: true } },
  college: named,
  major: { select: { key: true, nameZh: true, nameEn: true, degree: true } },
  resume: { select: { id: true, fileName: true, size: true, contentType: true, createdAt: true } },
  skills: {
    select: {
      id: true,
      level: true,
      evidence: true,
      evidenceNote: true,
      skill: { select: { key: true, nameZh: true, nameEn: true, category: true } },
    },
    orderBy: { createdAt: "asc" },
  },
  abilityUnits: {
    select: {
      id: true,
      level: true,
      evidence: true,
      evidenceNote: true,
      abilityUnit: {
        select: { key: true, nameZh: true, nameEn: true, role: { select: { nameZh: true, nameEn: true } } },
      },
    },
    orderBy: { createdAt: "asc" },
  },
  languages: {
    select: { id: true, language: named, level: { select: { key: true, nameZh: true, nameEn: true, cefr: true } } },
    orderBy: { createdAt: "asc" },
  },
  marketplaces: { select: { marketplace: named }, orderBy: { createdAt: "asc" } },
  certifications: {
    select: { id: true, kind: true, name: true, issuer: true, year: true },
    orderBy: [{ year: "desc" }, { createdAt: "desc" }],
  },
  experiences: {
    select: {
      id: true,
      kind: true,
      organisation: true,
      role: true,
      startDate: true,
      endDate: true,
      description: true,
    },
    orderBy: [{ startDate: "desc" }, { createdAt: "desc" }],
  },
} satisfies Prisma.StudentProfileInclude;

export type StudentProfileWithSections = Prisma.StudentProfileGetPayload<{ include: typeof PROFILE_INCLUDE }>;

export function getStudentProfile(profileId: string): Promise<StudentProfileWithSections | null> {
  return prisma.studentProfile.findUnique({ where: { id: profileId }, include: PROFILE_INCLUDE });
}

export function completenessOf(profile: StudentProfileWithSections): Completeness {
  return profileCompleteness({
    ...profile,
    counts: {
      skills: profile.skills.length,
      abilityUnits: profile.abilityUnits.length,
      languages: profile.languages.length,
      marketplaces: profile.marketplaces.length,
      certifications: profile.certifications.length,
      experiences: profile.experiences.length,
    },
  });
}

async function loadProfileCatalogue() {
  const [colleges, skills, families, languages, marketplaces] = await Promise.all([
    prisma.college.findMany({
      select: {
        key: true,
        nameZh: true,
        nameEn: true,
        majors: { select: { key: true, nameZh: true, nameEn: true, degree: true }, orderBy: { key: "asc" } },
      },
      orderBy: { key: "asc" },
    }),
    prisma.skill.findMany({
      select: { key: true, category: true, nameZh: true, nameEn: true },
      orderBy: { key: "asc" },
    }),
    prisma.talentFamily.findMany({
      select: {
        key: true,
        nameZh: true,
        nameEn: true,
        roles: {
          select: {
            key: true,
            nameZh: true,
            nameEn: true,
            level: true,
            abilityUnits: { select: { key: true, nameZh: true, nameEn: true }, orderBy: { key: "asc" } },
          },
          orderBy: { key: "asc" },
        },
      },
      orderBy: { sortOrder: "asc" },
    }),
    prisma.language.findMany({
      select: {
        key: true,
        nameZh: true,
        nameEn: true,
        levels: {
          select: { key: true, nameZh: true, nameEn: true, cefr: true },
          orderBy: [{ cefr: "asc" }, { key: "asc" }],
        },
      },
      orderBy: { key: "asc" },
    }),
    prisma.marketplace.findMany({ select: { key: true, nameZh: true, nameEn: true }, orderBy: { key: "asc" } }),
  ]);
  // Skill categories are named only in the catalogue file (which checks that every skill has one);
  // skills are grouped by them for the picker.
  const skillGroups = skillCategories
    .map((category) => ({ ...category, skills: skills.filter((skill) => skill.category === category.key) }))
    .filter((group) => group.skills.length > 0);
  return { colleges, skillGroups, families, languages, marketplaces };
}

/** The catalogue's pickers. It changes only with a catalogue import: a minute of staleness is fine. */
export const getProfileCatalogue = cachedFor(60_000, loadProfileCatalogue);
export type ProfileCatalogue = Awaited<ReturnType<typeof loadProfileCatalogue>>;

// --- Changing --------------------------------------------------------------------------------

export type ChangeOutcome = { ok: true } | { ok: false; status: 400; errors: FieldErrors } | { ok: false; status: 404 };

const OK: ChangeOutcome = { ok: true };
const NOT_FOUND: ChangeOutcome = { ok: false, status: 404 };

function problem(field: string, code: string, params?: Record<string, number | string>): ChangeOutcome {
  return { ok: false, status: 400, errors: { [field]: [{ code, params }] } };
}

/** Refused changes roll back whatever the work wrote before it found the problem. */
class Refused extends Error {
  constructor(readonly outcome: ChangeOutcome) {
    super("refused");
  }
}

/** The candidate document follows the profile: enqueued in the caller's transaction. */
export async function enqueueCandidateSync(tx: Tx, profileId: string): Promise<void> {
  await enqueue(tx, TASK.syncCandidate, { id: profileId }, { jobKey: syncCandidateKey(profileId) });
}

/**
 * Runs one change of a profile: row locked, work done, updatedAt touched (the reindex finds
 * profiles changed while it ran by it), candidate sync enqueued — all or nothing.
 */
async function changeProfile(profileId: string, work: (tx: Tx) => Promise<ChangeOutcome>): Promise<ChangeOutcome> {
  try {
    return await prisma.$transaction(async (tx) => {
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "StudentProfile" WHERE id = ${profileId} FOR UPDATE`;
      if (locked.length === 0) return NOT_FOUND;
      const outcome = await work(tx);
      if (!outcome.ok) throw new Refused(outcome);
      await tx.studentProfile.update({ where: { id: profileId }, data: { updatedAt: new Date() } });
      await enqueueCandidateSync(tx, profileId);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Refused) return error.outcome;
    throw error;
  }
}

async function savePersonalDetails(tx: Tx, id: string, input: StepInput<"personal">) {
  await tx.studentProfile.update({
    where: { id },
    data: {
      fullNameZh: input.fullNameZh,
      fullNameEn: input.fullNameEn,
      phone: input.phone ?? null,
      city: input.city ?? null,
    },
  });
  return OK;
}

async function saveAbout(tx: Tx, id: string, input: StepInput<"about">) {
  const { intent: _intent, ...data } = input;
  await tx.studentProfile.update({ where: { id }, data });
  return OK;
}

async function saveEducation(tx: Tx, id: string, input: StepInput<"education">) {
  let collegeId: string | null = null;
  let majorId: string | null = null;
  if (input.collegeKey) {
    const college = await tx.college.findUnique({ where: { key: input.collegeKey }, select: { id: true } });
    if (!college) return problem("collegeKey", "invalid_value");
    collegeId = college.id;
    if (input.majorKey) {
      const major = await tx.major.findUnique({
        where: { collegeId_key: { collegeId, key: input.majorKey } },
        select: { id: true },
      });
      if (!major) return problem("majorKey", "profile.errors.majorNotOfCollege");
      majorId = major.id;
    }
  }
  await tx.studentProfile.update({
    where: { id },
    data: { collegeId, majorId, degree: input.degree ?? null, graduationYear: input.graduationYear ?? null },
  });
  return OK;
}

async function saveSkill(tx: Tx, profileId: string, input: Extract<StepInput<"skills">, { intent: "skill.save" }>) {
  const skill = await tx.skill.findUnique({ where: { key: input.skillKey }, select: { id: true } });
  if (!skill) return problem("skillKey", "invalid_value");
  const existing = await tx.studentSkill.findUnique({ where: { profileId_skillId: { profileId, skillId: skill.id } } });
  if (!existing && (await tx.studentSkill.count({ where: { profileId } })) >= PROFILE_LIMITS.skills) {
    return problem("skillKey", "profile.errors.tooMany", { max: PROFILE_LIMITS.skills });
  }
  const data = { level: input.level, evidence: input.evidence ?? null, evidenceNote: input.evidenceNote };
  await tx.studentSkill.upsert({
    where: { profileId_skillId: { profileId, skillId: skill.id } },
    create: { profileId, skillId: skill.id, ...data },
    update: data,
  });
  return OK;
}

async function removeSkill(tx: Tx, profileId: string, skillKey: string) {
  const { count } = await tx.studentSkill.deleteMany({ where: { profileId, skill: { key: skillKey } } });
  return count > 0 ? OK : NOT_FOUND;
}

async function saveAbilityUnit(
  tx: Tx,
  profileId: string,
  input: Extract<StepInput<"abilities">, { intent: "ability.save" }>,
) {
  const unit = await tx.abilityUnit.findUnique({ where: { key: input.abilityUnitKey }, select: { id: true } });
  if (!unit) return problem("abilityUnitKey", "invalid_value");
  const where = { profileId_abilityUnitId: { profileId, abilityUnitId: unit.id } };
  const existing = await tx.studentAbilityUnit.findUnique({ where });
  if (!existing && (await tx.studentAbilityUnit.count({ where: { profileId } })) >= PROFILE_LIMITS.abilityUnits) {
    return problem("abilityUnitKey", "profile.errors.tooMany", { max: PROFILE_LIMITS.abilityUnits });
  }
  const data = { level: input.level, evidence: input.evidence, evidenceNote: input.evidenceNote };
  await tx.studentAbilityUnit.upsert({ where, create: { profileId, abilityUnitId: unit.id, ...data }, update: data });
  return OK;
}

async function removeAbilityUnit(tx: Tx, profileId: string, abilityUnitKey: string) {
  const { count } = await tx.studentAbilityUnit.deleteMany({
    where: { profileId, abilityUnit: { key: abilityUnitKey } },
  });
  return count > 0 ? OK : NOT_FOUND;
}

async function saveLanguage(
  tx: Tx,
  profileId: string,
  input: Extract<StepInput<"languages">, { intent: "language.save" }>,
) {
  const language = await tx.language.findUnique({ where: { key: input.languageKey }, select: { id: true } });
  if (!language) return problem("languageKey", "invalid_value");
  const level = await tx.languageLevel.findUnique({
    where: { key: input.levelKey },
    select: { id: true, languageId: true },
  });
  if (!level || level.languageId !== language.id) return problem("levelKey", "profile.errors.levelNotOfLanguage");
  const where = { profileId_languageId: { profileId, languageId: language.id } };
  const existing = await tx.studentLanguage.findUnique({ where });
  if (!existing && (await tx.studentLanguage.count({ where: { profileId } })) >= PROFILE_LIMITS.languages) {
    return problem("languageKey", "profile.errors.tooMany", { max: PROFILE_LIMITS.languages });
  }
  await tx.studentLanguage.upsert({
    where,
    create: { profileId, languageId: language.id, levelId: level.id },
    update: { levelId: level.id },
  });
  return OK;
}

async function removeLanguage(tx: Tx, profileId: string, languageKey: string) {
  const { count } = await tx.studentLanguage.deleteMany({ where: { profileId, language: { key: languageKey } } });
  return count > 0 ? OK : NOT_FOUND;
}

async function saveMarketplaces(tx: Tx, profileId: string, keys: string[]) {
  const wanted = [...new Set(keys)];
  const rows = await tx.marketplace.findMany({ where: { key: { in: wanted } }, select: { id: true } });
  if (rows.length !== wanted.length) return problem("marketplaceKeys", "invalid_value");
  const ids = rows.map((row) => row.id);
  await tx.studentMarketplace.deleteMany({ where: { profileId, marketplaceId: { notIn: ids } } });
  await tx.studentMarketplace.createMany({
    data: ids.map((marketplaceId) => ({ profileId, marketplaceId })),
    skipDuplicates: true,
  });
  return OK;
}

async function addCertification(
  tx: Tx,
  profileId: string,
  input: Extract<StepInput<"awards">, { intent: "certification.add" }>,
) {
  if ((await tx.certification.count({ where: { profileId } })) >= PROFILE_LIMITS.certifications) {
    return problem("name", "profile.errors.tooMany", { max: PROFILE_LIMITS.certifications });
  }
  const { intent: _intent, ...data } = input;
  await tx.certification.create({ data: { profileId, ...data } });
  return OK;
}

async function addExperience(
  tx: Tx,
  profileId: string,
  input: Extract<StepInput<"experience">, { intent: "experience.add" }>,
) {
  if ((await tx.experience.count({ where: { profileId } })) >= PROFILE_LIMITS.experiences) {
    return problem("organisation", "profile.errors.tooMany", { max: PROFILE_LIMITS.experiences });
  }
  const { intent: _intent, endDate, ...data } = input;
  await tx.experience.create({ data: { profileId, ...data, endDate: endDate ?? null } });
  return OK;
}

async function portfolioLinks(tx: Tx, id: string) {
  return (await tx.studentProfile.findUniqueOrThrow({ where: { id }, select: { portfolioLinks: true } }))
    .portfolioLinks;
}

async function addPortfolioLink(tx: Tx, id: string, url: string) {
  const links = await portfolioLinks(tx, id);
  if (links.includes(url)) return OK;
  if (links.length >= PROFILE_LIMITS.portfolioLinks) {
    return problem("url", "profile.errors.tooMany", { max: PROFILE_LIMITS.portfolioLinks });
  }
  await tx.studentProfile.update({ where: { id }, data: { portfolioLinks: [...links, url] } });
  return OK;
}

async function removePortfolioLink(tx: Tx, id: string, url: string) {
  const links = await portfolioLinks(tx, id);
  if (!links.includes(url)) return NOT_FOUND;
  await tx.studentProfile.update({ where: { id }, data: { portfolioLinks: links.filter((link) => link !== url) } });
  return OK;
}

async function savePreferences(tx: Tx, id: string, input: StepInput<"preferences">) {
  const families = [...new Set(input.desiredFamilies)];
  const known = await tx.talentFamily.count({ where: { key: { in: families } } });
  if (known !== families.length) return problem("desiredFamilies", "invalid_value");
  await tx.studentProfile.update({
    where: { id },
    data: {
      desiredFamilies: families,
      desiredCities: [...new Set(input.desiredCities)],
      desiredSalaryMin: input.desiredSalaryMin ?? null,
      availableFrom: input.availableFrom ?? null,
    },
  });
  return OK;
}

async function removeResumeIn(tx: Tx, id: string) {
  const { resumeId } = await tx.studentProfile.findUniqueOrThrow({ where: { id }, select: { resumeId: true } });
  if (!resumeId) return NOT_FOUND;
  await tx.studentProfile.update({ where: { id }, data: { resumeId: null } });
  await tx.storedFile.delete({ where: { id: resumeId } });
  return OK;
}

/**
 * Applies one validated form of the builder to the student's own profile. Everything but the
 * résumé upload (a file, see replaceResume) comes through here.
 */
export function applyProfileChange(profileId: string, change: ProfileChange): Promise<ChangeOutcome> {
  return changeProfile(profileId, (tx) => {
    switch (change.intent) {
      case "personal":
        return savePersonalDetails(tx, profileId, change);
      case "about":
        return saveAbout(tx, profileId, change);
      case "education":
        return saveEducation(tx, profileId, change);
      case "skill.save":
        return saveSkill(tx, profileId, change);
      case "skill.remove":
        return removeSkill(tx, profileId, change.skillKey);
      case "ability.save":
        return saveAbilityUnit(tx, profileId, change);
      case "ability.remove":
        return removeAbilityUnit(tx, profileId, change.abilityUnitKey);
      case "language.save":
        return saveLanguage(tx, profileId, change);
      case "language.remove":
        return removeLanguage(tx, profileId, change.languageKey);
      case "marketplaces":
        return saveMarketplaces(tx, profileId, change.marketplaceKeys);
      case "certification.add":
        return addCertification(tx, profileId, change);
      case "certification.remove":
        return tx.certification
          .deleteMany({ where: { id: change.id, profileId } })
          .then(({ count }) => (count > 0 ? OK : NOT_FOUND));
      case "experience.add":
        return addExperience(tx, profileId, change);
      case "experience.remove":
        return tx.experience
          .deleteMany({ where: { id: change.id, profileId } })
          .then(({ count }) => (count > 0 ? OK : NOT_FOUND));
      case "portfolio.add":
        return addPortfolioLink(tx, profileId, change.url);
      case "portfolio.remove":
        return removePortfolioLink(tx, profileId, change.url);
      case "preferences":
        return savePreferences(tx, profileId, change);
      case "resume.remove":
        return removeResumeIn(tx, profileId);
      case "resume.upload":
        // The file comes with replaceResume; the form field alone changes nothing.
        return Promise.resolve(problem("resume", "profile.errors.resumeMissing"));
    }
  });
}

// --- The résumé ------------------------------------------------------------------------------

/** Stores a checked upload as the student's résumé; the previous file is deleted with it. */
export function replaceResume(
  profileId: string,
  upload: { bytes: Buffer; type: AllowedType; name: string },
): Promise<ChangeOutcome> {
  return changeProfile(profileId, async (tx) => {
    const { resumeId: previous } = await tx.studentProfile.findUniqueOrThrow({
      where: { id: profileId },
      select: { resumeId: true },
    });
    const file = await storeFile(tx, upload);
    await tx.studentProfile.update({ where: { id: profileId }, data: { resumeId: file.id } });
    if (previous) await tx.storedFile.delete({ where: { id: previous } });
    return OK;
  });
}

export interface ResumeViewer {
  userId: string;
  /** For the audit row of a view by someone else. */
  ip?: string;
  /** What lets this viewer see it (e.g. "application:<id>"), recorded in the audit row. */
  reason?: string;
}

/**
 * The HTTP answer with a student's résumé for `viewer`, or null when there is none. The caller has
 * decided that the viewer may see it (the owner always may; a company only under the consent
 * rules); every fetch by anyone other than the student is written to the audit log first.
 */
export async function serveResume(profileId: string, viewer: ResumeViewer): Promise<Response | null> {
  const profile = await prisma.studentProfile.findUnique({
    where: { id: profileId },
    select: {
      userId: true,
      resume: { select: { id: true, data: true, contentType: true, fileName: true, sha256: true } },
    },
  });
  if (!profile?.resume) return null;
  if (profile.userId !== viewer.userId) {
    await audit(prisma, {
      actorId: viewer.userId,
      action: "resume.download",
      subjectType: "StudentProfile",
      subjectId: profileId,
      details: { fileId: profile.resume.id, ...(viewer.reason ? { reason: viewer.reason } : {}) },
      ip: viewer.ip,
    });
  }
  return fileResponse(profile.resume, { attachment: true });
}

// --- What companies see ----------------------------------------------------------------------

interface Named {
  key: string;
  nameZh: string;
  nameEn: string;
}

/**
 * A profile as a company sees it. "search": a verified company in candidate search — everything
 * the student wrote about themself, but no contact details and no résumé. "application": a company
 * the student applied to (with the SHARE_ON_APPLY consent) — the full profile, contact details and
 * the résumé link.
 */
export interface CandidateView {
  audience: "search" | "application";
  id: string;
  nameZh: string;
  nameEn: string;
  headlineZh: string;
  headlineEn: string;
  summaryZh: string;
  summaryEn: string;
  city: string | null;
  college: Named | null;
  major: Named | null;
  degree: string | null;
  graduationYear: number | null;
  skills: (Named & { level: number; evidence: string | null; evidenceNote: string })[];
  abilityUnits: (Named & { level: number; evidence: string; evidenceNote: string })[];
  languages: (Named & { levelZh: string; levelEn: string })[];
  marketplaces: Named[];
  certifications: { id: string; kind: string; name: string; issuer: string; year: number }[];
  experiences: {
    id: string;
    kind: string;
    organisation: string;
    role: string;
    startDate: string;
    endDate: string | null;
    description: string;
  }[];
  portfolioLinks: string[];
  desiredFamilies: Named[];
  desiredCities: string[];
  desiredSalaryMin: number | null;
  availableFrom: string | null;
  completeness: number;
  contact: { email: string; phone: string | null } | null;
  resume: { fileName: string; size: number; href: string } | null;
}

export function toCandidateView(
  profile: StudentProfileWithSections,
  audience: CandidateView["audience"],
  { families, resumeHref }: { families: Named[]; resumeHref: string },
): CandidateView {
  const full = audience === "application";
  return {
    audience,
    id: profile.id,
    nameZh: profile.fullNameZh,
    nameEn: profile.fullNameEn,
    headlineZh: profile.headlineZh,
    headlineEn: profile.headlineEn,
    summaryZh: profile.summaryZh,
    summaryEn: profile.summaryEn,
    city: profile.city,
    college: profile.college,
    major: profile.major && { key: profile.major.key, nameZh: profile.major.nameZh, nameEn: profile.major.nameEn },
    degree: profile.degree,
    graduationYear: profile.graduationYear,
    skills: profile.skills.map((s) => ({
      key: s.skill.key,
      nameZh: s.skill.nameZh,
      nameEn: s.skill.nameEn,
      level: s.level,
      evidence: s.evidence,
      evidenceNote: s.evidenceNote,
    })),
    abilityUnits: profile.abilityUnits.map((a) => ({
      key: a.abilityUnit.key,
      nameZh: a.abilityUnit.nameZh,
      nameEn: a.abilityUnit.nameEn,
      level: a.level,
      evidence: a.evidence,
      evidenceNote: a.evidenceNote,
    })),
    languages: profile.languages.map((l) => ({
      ...l.language,
      levelZh: l.level.nameZh,
      levelEn: l.level.nameEn,
    })),
    marketplaces: profile.marketplaces.map((m) => m.marketplace),
    certifications: profile.certifications,
    experiences: profile.experiences.map((e) => ({
      ...e,
      startDate: e.startDate.toISOString(),
      endDate: e.endDate?.toISOString() ?? null,
    })),
    portfolioLinks: profile.portfolioLinks,
    desiredFamilies: profile.desiredFamilies
      .map((key) => families.find((family) => family.key === key))
      .filter((family): family is Named => !!family),
    desiredCities: profile.desiredCities,
    desiredSalaryMin: profile.desiredSalaryMin,
    availableFrom: profile.availableFrom?.toISOString() ?? null,
    completeness: completenessOf(profile).percent,
    contact: full ? { email: profile.user.email, phone: profile.phone } : null,
    resume:
      full && profile.resume
        ? { fileName: profile.resume.fileName, size: profile.resume.size, href: resumeHref }
        : null,
  };
}

/**
 * A candidate view for `viewer` (the caller has checked that the viewer may see this audience):
 * when someone other than the student sees the contact details, the view is audited.
 */
export async function loadCandidateView(
  profileId: string,
  audience: CandidateView["audience"],
  { viewer, resumeHref }: { viewer: ResumeViewer; resumeHref: string },
): Promise<CandidateView | null> {
  const profile = await getStudentProfile(profileId);
  if (!profile) return null;
  if (audience === "application" && profile.userId !== viewer.userId) {
    await audit(prisma, {
      actorId: viewer.userId,
      action: "contact.view",
      subjectType: "StudentProfile",
      subjectId: profileId,
      ...(viewer.reason ? { details: { reason: viewer.reason } } : {}),
      ip: viewer.ip,
    });
  }
  const { families } = await getProfileCatalogue();
  return toCandidateView(profile, audience, { families, resumeHref });
}
