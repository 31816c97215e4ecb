/**
 * A job's fields as the posting form and the CSV import both send them, and the one zod schema
 * that checks them (shared by server and browser; no server imports here). The field names are
 * the CSV column keys; the form's repeating rows (skills, languages, ability units) are folded into
 * the same list fields first, so a form and a CSV row are checked by exactly the same rules.
 */
import { z } from "zod";
import { CITY_KEYS, findDistrict } from "~/data/zhejiang";
import {
  Education,
  EmploymentType,
  JobReportReason,
  SalaryPeriod,
  WorkMode,
  type RoleDomain,
  type RoleLevel,
} from "~/generated/prisma/enums";

export const EMPLOYMENT_TYPES = Object.values(EmploymentType) as [EmploymentType, ...EmploymentType[]];
export const WORK_MODES = Object.values(WorkMode) as [WorkMode, ...WorkMode[]];
export const EDUCATIONS = Object.values(Education) as [Education, ...Education[]];
export const SALARY_PERIODS = Object.values(SalaryPeriod) as [SalaryPeriod, ...SalaryPeriod[]];
export const SKILL_LEVELS = [1, 2, 3] as const;
/** Why someone reports a job ("report this job"), and how much they may write. */
export const REPORT_REASONS = Object.values(JobReportReason) as [JobReportReason, ...JobReportReason[]];
export const REPORT_DETAILS_MAX = 2_000;
/** A CSV import file: at most this large, with at most this many jobs. */
export const IMPORT_LIMITS = { maxBytes: 1_000_000, maxRows: 2_000 } as const;

export const LIMITS = {
  title: 100,
  description: 5_000,
  descriptionMin: 20,
  address: 200,
  salary: 10_000_000,
  headcount: 999,
  experienceYears: 30,
  skills: 15,
  languages: 6,
  marketplaces: 20,
  sessions: 12,
  /** validThrough at most this many days ahead. */
  validDays: 366,
} as const;

/** Columns that hold lists: they may be left out of a CSV file (a list may be empty). */
const LIST_COLUMNS = [
  "requiredSkills",
  "preferredSkills",
  "requiredAbilityUnits",
  "preferredAbilityUnits",
  "requiredLanguages",
  "preferredLanguages",
  "marketplaces",
  "sessions",
] as const;

/** Every field, in the order of the CSV template. */
export const JOB_COLUMNS = [
  "titleZh",
  "titleEn",
  "descriptionZh",
  "descriptionEn",
  "family",
  "role",
  "employmentType",
  "workMode",
  "education",
  "experienceYears",
  "headcount",
  "salaryMin",
  "salaryMax",
  "salaryPeriod",
  "city",
  "district",
  "addressZh",
  "addressEn",
  "validThrough",
  ...LIST_COLUMNS,
] as const;
export type JobColumn = (typeof JOB_COLUMNS)[number];

/** What is wrong with one cell or row of an imported CSV file, as the import report lists it. */
export interface ImportProblem {
  /** The spreadsheet row (the header is row 1). */
  row: number;
  /** The field (CSV column key), or "" for the whole row. */
  field: string;
  /** An error code: a forms.errors code, or an i18n key of our own (posting.…). */
  code: string;
  params?: Record<string, string | number>;
  /** The cell as written (shortened). */
  value?: string;
  /** Errors keep a row out; warnings (forbidden wording) do not: drafts may carry them. */
  severity: "error" | "warning";
}

/** Columns that may be left out of a CSV file. */
export const OPTIONAL_COLUMNS: readonly JobColumn[] = LIST_COLUMNS;

/** Form fields that repeat (validateForm reads them as lists). */
export const FORM_ARRAY_FIELDS = [
  "requiredSkillKey",
  "requiredSkillLevel",
  "preferredSkillKey",
  "preferredSkillLevel",
  "requiredLanguageKey",
  "requiredLanguageLevel",
  "preferredLanguageKey",
  "preferredLanguageLevel",
  "abilityUnits",
  "marketplaces",
  "sessions",
];

// ---------------------------------------------------------------------------------------------
// The catalogue the pickers offer and the rules check against (loaded by job.server.ts).

export interface Named {
  key: string;
  nameZh: string;
  nameEn: string;
}

export interface PostingCatalogue {
  families: (Named & {
    roles: (Named & { domain: RoleDomain; level: RoleLevel; abilityUnits: Named[] })[];
  })[];
  skills: (Named & { category: string })[];
  languages: (Named & { levels: Named[] })[];
  marketplaces: Named[];
  sessions: { slug: string; themeZh: string; themeEn: string; startsAt: string; endsAt: string }[];
}

interface Lookup {
  roleFamily: Map<string, string>;
  roleUnits: Map<string, Set<string>>;
  families: Set<string>;
  skills: Set<string>;
  languageLevels: Map<string, Set<string>>;
  levelLanguage: Map<string, string>;
  marketplaces: Set<string>;
  sessions: Set<string>;
}

function lookupOf(catalogue: PostingCatalogue): Lookup {
  const roles = catalogue.families.flatMap((family) => family.roles.map((role) => ({ family: family.key, role })));
  return {
    families: new Set(catalogue.families.map((f) => f.key)),
    roleFamily: new Map(roles.map(({ family, role }) => [role.key, family])),
    roleUnits: new Map(roles.map(({ role }) => [role.key, new Set(role.abilityUnits.map((u) => u.key))])),
    skills: new Set(catalogue.skills.map((s) => s.key)),
    languageLevels: new Map(catalogue.languages.map((l) => [l.key, new Set(l.levels.map((level) => level.key))])),
    levelLanguage: new Map(catalogue.languages.flatMap((l) => l.levels.map((level) => [level.key, l.key] as const))),
    marketplaces: new Set(catalogue.marketplaces.map((m) => m.key)),
    sessions: new Set(catalogue.sessions.map((s) => s.slug)),
  };
}

// ---------------------------------------------------------------------------------------------
// Dates: validThrough is a Hangzhou calendar day; the job stays open to the end of it.

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** "2026-12-31" for `now` in Asia/Shanghai. */
export function shanghaiDay(now: Date, addDays = 0): string {
  return new Date(now.getTime() + SHANGHAI_OFFSET_MS + addDays * 86_400_000).toISOString().slice(0, 10);
}

/** The last second of that Hangzhou day. */
export function endOfShanghaiDay(day: string): Date {
  return new Date(`${day}T23:59:59+08:00`);
}

/** "2026-12-31", "2026/12/31", "2026-1-5" (Excel re-saves dates with slashes) → "2026-12-31", or null. */
export function normaliseDay(value: string): string | null {
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value.trim());
  if (!m) return null;
  const day = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== day ? null : day;
}

// ---------------------------------------------------------------------------------------------
// Lists: a CSV cell holds "a;b;c" (also "；", "|" or line breaks); the form sends rows.

export function splitList(value: string): string[] {
  return value
    .split(/[;；|\r\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);
}

export interface SkillNeed {
  key: string;
  level: 1 | 2 | 3;
}
export interface LanguageNeed {
  language: string;
  level: string;
}

function zip(keys: unknown, second: unknown, join: (key: string, other: string) => string): string[] {
  const a = Array.isArray(keys) ? (keys as unknown[]) : [];
  const b = Array.isArray(second) ? (second as unknown[]) : [];
  return a.flatMap((key, i) => (typeof key === "string" && key.trim() ? [join(key.trim(), String(b[i] ?? ""))] : []));
}

/** The form's repeating rows as the list fields a CSV row has. */
function foldFormRows(input: unknown): unknown {
  if (typeof input !== "object" || input === null) return input;
  const value = { ...(input as Record<string, unknown>) };
  for (const need of ["required", "preferred"] as const) {
    if (`${need}SkillKey` in value) {
      value[`${need}Skills`] = zip(value[`${need}SkillKey`], value[`${need}SkillLevel`], (k, l) => `${k}:${l}`);
    }
    if (`${need}LanguageKey` in value) {
      value[`${need}Languages`] = zip(value[`${need}LanguageKey`], value[`${need}LanguageLevel`], (k, l) =>
        l ? `${k}:${l}` : k,
      );
    }
  }
  if (Array.isArray(value.abilityUnits)) {
    const picks = (value.abilityUnits as unknown[]).filter(
      (v): v is string => typeof v === "string" && v.includes(":"),
    );
    value.requiredAbilityUnits = picks.filter((p) => p.endsWith(":required")).map((p) => p.split(":")[0]);
    value.preferredAbilityUnits = picks.filter((p) => p.endsWith(":preferred")).map((p) => p.split(":")[0]);
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// Field rules

const text = (max: number, min = 1) => z.string().trim().min(min).max(max);

/** A whole number typed by a person or a spreadsheet ("8,000" included). */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .transform((value) => value.replace(/[,，\s]/g, ""))
    .refine((value) => /^\d+$/.test(value), { message: "posting.errors.wholeNumber" })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** An enum value, forgiving case and separators ("full-time" → FULL_TIME). */
const enumValue = <T extends string>(values: readonly [T, ...T[]]) =>
  z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, "_")
        : value,
    z.enum(values),
  );

const key = z.string().trim().toLowerCase().max(100);

const tokens = z.preprocess(
  (value) => (typeof value === "string" ? splitList(value) : value === undefined ? [] : value),
  z.array(z.string().trim().max(200)),
);

const fieldsShape = z.object({
  titleZh: text(LIMITS.title),
  titleEn: text(LIMITS.title),
  descriptionZh: text(LIMITS.description, LIMITS.descriptionMin),
  descriptionEn: text(LIMITS.description, LIMITS.descriptionMin),
  family: key.min(1),
  role: key.min(1),
  employmentType: enumValue(EMPLOYMENT_TYPES),
  workMode: enumValue(WORK_MODES),
  education: enumValue(EDUCATIONS),
  experienceYears: wholeNumber(0, LIMITS.experienceYears),
  headcount: wholeNumber(1, LIMITS.headcount),
  salaryMin: wholeNumber(1, LIMITS.salary),
  salaryMax: wholeNumber(1, LIMITS.salary),
  salaryPeriod: enumValue(SALARY_PERIODS),
  city: z.preprocess((v) => (typeof v === "string" ? v.trim().toLowerCase() : v), z.enum(CITY_KEYS)),
  district: key.min(1),
  addressZh: text(LIMITS.address),
  addressEn: text(LIMITS.address),
  validThrough: z.string().trim().min(1),
  requiredSkills: tokens,
  preferredSkills: tokens,
  requiredAbilityUnits: tokens,
  preferredAbilityUnits: tokens,
  requiredLanguages: tokens,
  preferredLanguages: tokens,
  marketplaces: tokens,
  sessions: tokens,
});

type Shape = z.output<typeof fieldsShape>;

/** The checked fields of one job. */
export interface JobFields {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  family: string;
  role: string;
  employmentType: EmploymentType;
  workMode: WorkMode;
  education: Education;
  experienceYears: number;
  headcount: number;
  salaryMin: number;
  salaryMax: number;
  salaryPeriod: SalaryPeriod;
  city: string;
  district: string;
  addressZh: string;
  addressEn: string;
  /** A Hangzhou calendar day, "YYYY-MM-DD". */
  validThrough: string;
  requiredSkills: SkillNeed[];
  preferredSkills: SkillNeed[];
  requiredAbilityUnits: string[];
  preferredAbilityUnits: string[];
  requiredLanguages: LanguageNeed[];
  preferredLanguages: LanguageNeed[];
  marketplaces: string[];
  sessions: string[];
}

function parseSkill(token: string): SkillNeed | null {
  const [rawKey, rawLevel, ...rest] = token.split(/[:：]/).map((part) => part.trim());
  const level = rawLevel === undefined || rawLevel === "" ? 1 : Number(rawLevel);
  if (rest.length > 0 || !rawKey || !(SKILL_LEVELS as readonly number[]).includes(level)) return null;
  return { key: rawKey.toLowerCase(), level: level as SkillNeed["level"] };
}

function parseLanguage(token: string, lookup: Lookup): LanguageNeed | { language: string; level: null } {
  const parts = token.split(/[:：]/).map((part) => part.trim().toLowerCase());
  if (parts.length === 1) {
    // A level key alone names its language ("en-cet-6"); a language key alone lacks the level.
    const language = lookup.levelLanguage.get(parts[0]!);
    return language ? { language, level: parts[0]! } : { language: parts[0]!, level: null };
  }
  return { language: parts[0]!, level: parts[1] || null };
}

/**
 * The rules for one job, against `catalogue`, at `now` (for validThrough). Field errors are
 * zod issues on the field (its CSV column); codes of our own are i18n keys under posting.errors.
 */
export function jobFieldsSchema(catalogue: PostingCatalogue, { now = new Date() }: { now?: Date } = {}) {
  const lookup = lookupOf(catalogue);
  const today = shanghaiDay(now);
  const lastDay = shanghaiDay(now, LIMITS.validDays);

  return z.preprocess(
    foldFormRows,
    fieldsShape
      .superRefine(
        (value: Partial<Shape>, ctx) => {
          const issue = (path: JobColumn, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

          if (typeof value.family === "string" && value.family && !lookup.families.has(value.family)) {
            issue("family", "posting.errors.unknownFamily");
          }
          const roleFamily = typeof value.role === "string" ? lookup.roleFamily.get(value.role) : undefined;
          if (typeof value.role === "string" && value.role && !roleFamily) issue("role", "posting.errors.unknownRole");
          else if (roleFamily && lookup.families.has(value.family ?? "") && roleFamily !== value.family) {
            issue("role", "posting.errors.roleNotInFamily");
          }

          const cityKnown = (CITY_KEYS as readonly unknown[]).includes(value.city);
          if (cityKnown && typeof value.city === "string" && typeof value.district === "string" && value.district) {
            if (!findDistrict(value.city, value.district)) issue("district", "posting.errors.unknownDistrict");
          }
          if (
            typeof value.salaryMin === "number" &&
            typeof value.salaryMax === "number" &&
            value.salaryMin > value.salaryMax
          ) {
            issue("salaryMax", "posting.errors.salaryRange");
          }

          if (typeof value.validThrough === "string" && value.validThrough) {
            const day = normaliseDay(value.validThrough);
            if (!day) issue("validThrough", "posting.errors.dateFormat");
            else if (day <= today) issue("validThrough", "posting.errors.validThroughPast");
            else if (day > lastDay) issue("validThrough", "posting.errors.validThroughTooFar");
          }

          // Skills: known keys, levels 1-3, each skill once (required or preferred, not both).
          const seenSkills = new Set<string>();
          for (const field of ["requiredSkills", "preferredSkills"] as const) {
            const list = listOf(value[field]);
            if (list.length > LIMITS.skills) issue(field, "posting.errors.tooMany");
            for (const token of list) {
              const skill = parseSkill(token);
              if (!skill) issue(field, "posting.errors.skillLevel");
              else if (!lookup.skills.has(skill.key)) issue(field, "posting.errors.unknownSkill");
              else if (seenSkills.has(skill.key)) issue(field, "posting.errors.duplicateSkill");
              else seenSkills.add(skill.key);
            }
          }

          // Ability units: units of the chosen role, each once.
          const units = typeof value.role === "string" ? lookup.roleUnits.get(value.role) : undefined;
          const seenUnits = new Set<string>();
          for (const field of ["requiredAbilityUnits", "preferredAbilityUnits"] as const) {
            for (const token of listOf(value[field])) {
              const unit = token.toLowerCase();
              if (units && !units.has(unit)) issue(field, "posting.errors.abilityUnitNotInRole");
              else if (seenUnits.has(unit)) issue(field, "posting.errors.duplicateAbilityUnit");
              seenUnits.add(unit);
            }
          }

          // Languages: a known language with a minimum level on its own scales, each language once.
          const seenLanguages = new Set<string>();
          for (const field of ["requiredLanguages", "preferredLanguages"] as const) {
            const list = listOf(value[field]);
            if (list.length > LIMITS.languages) issue(field, "posting.errors.tooMany");
            for (const token of list) {
              const need = parseLanguage(token, lookup);
              const levels = lookup.languageLevels.get(need.language);
              if (!levels) issue(field, "posting.errors.unknownLanguage");
              else if (!need.level) issue(field, "posting.errors.languageLevelMissing");
              else if (!levels.has(need.level)) issue(field, "posting.errors.languageLevelMismatch");
              else if (seenLanguages.has(need.language)) issue(field, "posting.errors.duplicateLanguage");
              else seenLanguages.add(need.language);
            }
          }

          const marketplaces = listOf(value.marketplaces);
          if (marketplaces.length > LIMITS.marketplaces) issue("marketplaces", "posting.errors.tooMany");
          if (marketplaces.some((m) => !lookup.marketplaces.has(m.toLowerCase()))) {
            issue("marketplaces", "posting.errors.unknownMarketplace");
          }
          const sessions = listOf(value.sessions);
          if (sessions.length > LIMITS.sessions) issue("sessions", "posting.errors.tooMany");
          if (sessions.some((s) => !lookup.sessions.has(s.toLowerCase()))) {
            issue("sessions", "posting.errors.unknownSession");
          }
          // Run even when a field already failed, so a CSV row's report lists every problem at once.
        },
        { when: () => true },
      )
      .transform((value): JobFields => ({
        ...value,
        validThrough: normaliseDay(value.validThrough)!,
        requiredSkills: value.requiredSkills.map((t) => parseSkill(t)!),
        preferredSkills: value.preferredSkills.map((t) => parseSkill(t)!),
        requiredAbilityUnits: unique(value.requiredAbilityUnits.map((t) => t.toLowerCase())),
        preferredAbilityUnits: unique(value.preferredAbilityUnits.map((t) => t.toLowerCase())),
        requiredLanguages: value.requiredLanguages.map((t) => parseLanguage(t, lookup) as LanguageNeed),
        preferredLanguages: value.preferredLanguages.map((t) => parseLanguage(t, lookup) as LanguageNeed),
        marketplaces: unique(value.marketplaces.map((t) => t.toLowerCase())),
        sessions: unique(value.sessions.map((t) => t.toLowerCase())),
      })),
  );
}

function listOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

// ---------------------------------------------------------------------------------------------
// What the form shows: the same fields, as the inputs hold them.

export interface JobFormValues {
  text: Partial<Record<JobColumn, string>>;
  requiredSkills: { key: string; level: string }[];
  preferredSkills: { key: string; level: string }[];
  requiredLanguages: { language: string; level: string }[];
  preferredLanguages: { language: string; level: string }[];
  /** Ability unit key → required or preferred. */
  abilityUnits: Record<string, "required" | "preferred">;
  marketplaces: string[];
  sessions: string[];
}

const SCALAR_COLUMNS = JOB_COLUMNS.filter((c) => !(OPTIONAL_COLUMNS as readonly string[]).includes(c));

export function formValuesOf(fields: JobFields): JobFormValues {
  const textValues: Partial<Record<JobColumn, string>> = {};
  for (const column of SCALAR_COLUMNS) textValues[column] = String(fields[column as keyof JobFields]);
  return {
    text: textValues,
    requiredSkills: fields.requiredSkills.map((s) => ({ key: s.key, level: String(s.level) })),
    preferredSkills: fields.preferredSkills.map((s) => ({ key: s.key, level: String(s.level) })),
    requiredLanguages: fields.requiredLanguages.map((l) => ({ ...l })),
    preferredLanguages: fields.preferredLanguages.map((l) => ({ ...l })),
    abilityUnits: Object.fromEntries([
      ...fields.requiredAbilityUnits.map((k) => [k, "required"] as const),
      ...fields.preferredAbilityUnits.map((k) => [k, "preferred"] as const),
    ]),
    marketplaces: fields.marketplaces,
    sessions: fields.sessions,
  };
}

/** What was posted, to show the form again after a refusal. */
export function formValuesFromForm(form: FormData): JobFormValues {
  const one = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value.slice(0, LIMITS.description) : "";
  };
  const all = (name: string) => form.getAll(name).filter((v): v is string => typeof v === "string");
  const rows = <K extends string>(first: string, second: string, names: [K, "level"]) => {
    const a = all(first);
    const b = all(second);
    return a.map((value, i) => ({ [names[0]]: value, level: b[i] ?? "" }) as Record<K | "level", string>);
  };
  const textValues: Partial<Record<JobColumn, string>> = {};
  for (const column of SCALAR_COLUMNS) textValues[column] = one(column);
  const picks = all("abilityUnits").filter((v) => v.includes(":"));
  return {
    text: textValues,
    requiredSkills: rows("requiredSkillKey", "requiredSkillLevel", ["key", "level"]),
    preferredSkills: rows("preferredSkillKey", "preferredSkillLevel", ["key", "level"]),
    requiredLanguages: rows("requiredLanguageKey", "requiredLanguageLevel", ["language", "level"]),
    preferredLanguages: rows("preferredLanguageKey", "preferredLanguageLevel", ["language", "level"]),
    abilityUnits: Object.fromEntries(
      picks.map((p) => [p.split(":")[0]!, p.endsWith(":preferred") ? "preferred" : "required"] as const),
    ),
    marketplaces: all("marketplaces"),
    sessions: all("sessions"),
  };
}

/** A new job's starting values. */
export function emptyFormValues(now: Date): JobFormValues {
  return {
    text: {
      employmentType: "FULL_TIME",
      workMode: "ON_SITE",
      education: "NONE",
      experienceYears: "0",
      headcount: "1",
      salaryPeriod: "MONTH",
      city: "hangzhou",
      validThrough: shanghaiDay(now, 60),
    },
    requiredSkills: [],
    preferredSkills: [],
    requiredLanguages: [],
    preferredLanguages: [],
    abilityUnits: {},
    marketplaces: [],
    sessions: [],
  };
}

/** A job's fields as one CSV row (JOB_COLUMNS order). */
export function csvRowOf(fields: JobFields): string[] {
  const list = (items: string[]) => items.join(";");
  return JOB_COLUMNS.map((column) => {
    switch (column) {
      case "requiredSkills":
      case "preferredSkills":
        return list(fields[column].map((s) => `${s.key}:${s.level}`));
      case "requiredLanguages":
      case "preferredLanguages":
        return list(fields[column].map((l) => `${l.language}:${l.level}`));
      case "requiredAbilityUnits":
      case "preferredAbilityUnits":
      case "marketplaces":
      case "sessions":
        return list(fields[column]);
      default:
        return String(fields[column]);
    }
  });
}
