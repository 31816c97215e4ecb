/**
 * The zod schemas of the profile builder's and the privacy page's forms: one per step, each a union
 * of that step's intents. Server-side (actions and tests); the pages import only the limits from
 * profile-steps.ts. Catalogue keys are checked for shape here and for existence by the model.
 */
import { z } from "zod";
import { CITY_KEYS } from "~/data/zhejiang";
import { ConsentPurpose } from "~/generated/prisma/enums";
import { currentPasswordSchema, tickedSchema } from "./account-forms";
import { containsContactDetails } from "./profile-contact";
import {
  CERTIFICATION_KINDS,
  DEGREES,
  EVIDENCE_TYPES,
  EXPERIENCE_KINDS,
  PROFILE_LIMITS as L,
  type ProfileStep,
} from "./profile-steps";

/** Empty form fields mean "not given". */
const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const text = (max: number) => z.string().trim().max(max);
const requiredText = (max: number) => z.string().trim().min(1).max(max);
/** Free text a company may read: no phone numbers, emails or messenger handles in it. */
const publicText = (schema: z.ZodString) =>
  schema.refine((value) => !containsContactDetails(value), { message: "profile.errors.contactInText" });

/** A catalogue key (skills, languages, colleges, …): lower-case words joined by dashes. */
const catalogueKey = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
/** A row id (cuid). */
const rowId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const level = z.enum(["1", "2", "3"]).transform(Number);

const HANGZHOU_OFFSET = "+08:00";

/**
 * "2024-05" or "2024-05-17" as the start of that month or day in Hangzhou. Browsers without a
 * month picker send what the student typed, so both forms are accepted.
 */
export function parseFormDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, year, month, day = "01"] = match;
  const date = new Date(`${year}-${month}-${day}T00:00:00${HANGZHOU_OFFSET}`);
  if (Number.isNaN(date.getTime())) return null;
  // Reject 2024-02-31 and the like, which Date would roll over.
  const check = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(date);
  return check === `${year}-${month}-${day}` ? date : null;
}

const formDate = z.string().transform((value, context) => {
  const date = parseFormDate(value);
  if (date && date.getUTCFullYear() >= 1970 && date.getUTCFullYear() <= 2100) return date;
  context.addIssue({ code: "custom", message: "profile.errors.date" });
  return z.NEVER;
});

/** Phone numbers as people write them; stored without the spaces and dashes. */
const phone = z
  .string()
  .trim()
  .max(L.phone + 10)
  .transform((value) => value.replace(/[\s()-]/g, ""))
  .refine((value) => /^\+?\d{6,15}$/.test(value) && (!/^1\d{10}$/.test(value) || /^1[3-9]/.test(value)), {
    message: "profile.errors.phone",
  });

/**
 * A portfolio link: an absolute http(s) URL with a host and without credentials. Returns the
 * normalised URL, or null.
 */
export function normalizePortfolioUrl(input: string): string | null {
  const value = input.trim();
  if (value.length === 0 || value.length > L.url || /\s/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password) return null;
  // A host with a dot (example.com) or an IP address; "http://localhost" is nobody's portfolio.
  if (!url.hostname.includes(".") && !url.hostname.startsWith("[")) return null;
  return url.href;
}

const portfolioUrl = z.string().transform((value, context) => {
  const url = normalizePortfolioUrl(value);
  if (url) return url;
  context.addIssue({ code: "custom", message: "profile.errors.url" });
  return z.NEVER;
});

// --- One schema per step -------------------------------------------------------------------

const personal = z.object({
  intent: z.literal("personal"),
  fullNameZh: text(L.name),
  fullNameEn: text(L.name),
  phone: optional(phone),
  city: optional(z.enum(CITY_KEYS)),
});

const about = z.object({
  intent: z.literal("about"),
  headlineZh: publicText(text(L.headline)),
  headlineEn: publicText(text(L.headline)),
  summaryZh: publicText(text(L.summary)),
  summaryEn: publicText(text(L.summary)),
});

const education = z
  .object({
    intent: z.literal("education"),
    collegeKey: optional(catalogueKey),
    majorKey: optional(catalogueKey),
    degree: optional(z.enum(DEGREES)),
    graduationYear: optional(int(L.graduationYearMin, L.graduationYearMax)),
  })
  .refine((value) => !value.majorKey || value.collegeKey, {
    message: "profile.errors.majorWithoutCollege",
    path: ["majorKey"],
  });

const skills = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("skill.save"),
    skillKey: catalogueKey,
    level,
    evidence: optional(z.enum(EVIDENCE_TYPES)),
    evidenceNote: publicText(text(L.evidenceNote)).default(""),
  }),
  z.object({ intent: z.literal("skill.remove"), skillKey: catalogueKey }),
]);

const abilities = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("ability.save"),
    abilityUnitKey: catalogueKey,
    level,
    evidence: z.enum(EVIDENCE_TYPES),
    evidenceNote: publicText(text(L.evidenceNote)).default(""),
  }),
  z.object({ intent: z.literal("ability.remove"), abilityUnitKey: catalogueKey }),
]);

const languages = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("language.save"), languageKey: catalogueKey, levelKey: catalogueKey }),
  z.object({ intent: z.literal("language.remove"), languageKey: catalogueKey }),
]);

const marketplaces = z.object({
  intent: z.literal("marketplaces"),
  marketplaceKeys: z.array(catalogueKey).max(50).default([]),
});

const thisYear = () => new Date().getFullYear();

const awards = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("certification.add"),
    kind: z.enum(CERTIFICATION_KINDS),
    name: publicText(requiredText(L.certificationName)),
    issuer: publicText(text(L.issuer)).default(""),
    year: z.coerce
      .number()
      .int()
      .min(L.graduationYearMin)
      .refine((year) => year <= thisYear() + 1, { message: "profile.errors.yearInFuture" }),
  }),
  z.object({ intent: z.literal("certification.remove"), id: rowId }),
]);

const experience = z.discriminatedUnion("intent", [
  z
    .object({
      intent: z.literal("experience.add"),
      kind: z.enum(EXPERIENCE_KINDS),
      organisation: publicText(requiredText(L.organisation)),
      role: publicText(requiredText(L.role)),
      startDate: formDate,
      endDate: optional(formDate),
      description: publicText(text(L.description)).default(""),
    })
    .refine((value) => value.startDate.getTime() <= Date.now() + 366 * 24 * 3600 * 1000, {
      message: "profile.errors.startInFuture",
      path: ["startDate"],
    })
    .refine((value) => !value.endDate || value.endDate >= value.startDate, {
      message: "profile.errors.endBeforeStart",
      path: ["endDate"],
    }),
  z.object({ intent: z.literal("experience.remove"), id: rowId }),
]);

const portfolio = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("portfolio.add"), url: portfolioUrl }),
  z.object({ intent: z.literal("portfolio.remove"), url: z.string().max(L.url) }),
]);

const preferences = z.object({
  intent: z.literal("preferences"),
  desiredFamilies: z.array(catalogueKey).max(20).default([]),
  desiredCities: z.array(z.enum(CITY_KEYS)).max(CITY_KEYS.length).default([]),
  desiredSalaryMin: optional(int(0, L.salaryMax)),
  availableFrom: optional(formDate),
});

/** The résumé's own form fields (the file is checked by checkUpload). */
const resume = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("resume.upload") }),
  z.object({ intent: z.literal("resume.remove") }),
]);

export const STEP_SCHEMAS = {
  personal,
  about,
  education,
  skills,
  abilities,
  languages,
  marketplaces,
  awards,
  experience,
  portfolio,
  preferences,
  resume,
} satisfies Record<ProfileStep, z.ZodType>;

/** Fields each step's forms send several times. */
export const STEP_ARRAYS: Partial<Record<ProfileStep, string[]>> = {
  marketplaces: ["marketplaceKeys"],
  preferences: ["desiredFamilies", "desiredCities"],
};

export type StepInput<S extends ProfileStep> = z.output<(typeof STEP_SCHEMAS)[S]>;
export type ProfileChange = { [S in ProfileStep]: StepInput<S> }[ProfileStep];

// --- The privacy page ----------------------------------------------------------------------

const purpose = z.enum(Object.values(ConsentPurpose));

export const privacySchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("consent.give"), purpose }),
  z.object({ intent: z.literal("consent.withdraw"), purpose }),
  z.object({ intent: z.literal("privacy.accept") }),
  z.object({
    intent: z.literal("account.delete"),
    password: currentPasswordSchema,
    confirm: tickedSchema,
  }),
]);

export type PrivacyInput = z.output<typeof privacySchema>;
