/**
 * The steps of the student profile builder and the limits of its fields: plain data shared by the
 * pages, the validation schemas (profile-forms.ts) and the model. Safe to import in the browser.
 */
import { EvidenceType, ExperienceKind, CertificationKind, Education } from "~/generated/prisma/enums";

/** One page per step, saved on its own; the order is the order of the builder. */
export const PROFILE_STEPS = [
  "personal",
  "about",
  "education",
  "skills",
  "abilities",
  "languages",
  "marketplaces",
  "awards",
  "experience",
  "portfolio",
  "preferences",
  "resume",
] as const;

export type ProfileStep = (typeof PROFILE_STEPS)[number];

export function isProfileStep(value: unknown): value is ProfileStep {
  return typeof value === "string" && (PROFILE_STEPS as readonly string[]).includes(value);
}

/** The step after `step`, or null for the last one. */
export function nextStep(step: ProfileStep): ProfileStep | null {
  return PROFILE_STEPS[PROFILE_STEPS.indexOf(step) + 1] ?? null;
}

export function previousStep(step: ProfileStep): ProfileStep | null {
  const index = PROFILE_STEPS.indexOf(step);
  return index > 0 ? PROFILE_STEPS[index - 1]! : null;
}

export const PROFILE_LIMITS = {
  name: 60,
  phone: 20,
  headline: 80,
  summary: 2_000,
  evidenceNote: 200,
  certificationName: 120,
  issuer: 120,
  organisation: 120,
  role: 80,
  description: 1_000,
  url: 500,
  skills: 40,
  abilityUnits: 60,
  languages: 10,
  certifications: 20,
  experiences: 20,
  portfolioLinks: 10,
  /** Monthly CNY. */
  salaryMax: 200_000,
  graduationYearMin: 1990,
  graduationYearMax: 2040,
} as const;

/** A résumé may be this large; the whole upload request a little more (form fields, boundaries). */
export const RESUME_MAX_BYTES = 5 * 1024 * 1024;
export const UPLOAD_REQUEST_MAX_BYTES = 6 * 1024 * 1024;

export const SKILL_LEVELS = [1, 2, 3] as const;
export const EVIDENCE_TYPES = Object.values(EvidenceType);
export const EXPERIENCE_KINDS = Object.values(ExperienceKind);
export const CERTIFICATION_KINDS = Object.values(CertificationKind);
/** Degrees a student can hold or study for ("no requirement" is a job's value, not a degree). */
export const DEGREES = Object.values(Education).filter((degree) => degree !== "NONE");
