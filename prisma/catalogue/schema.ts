/**
 * The talent catalogue file (catalogue.json): Hangzhou's cross-border e-commerce talent standard
 * as data. `loadCatalogue` parses it with zod and then checks what zod cannot see (unique keys,
 * references between entries), reporting every problem at once with its path in the file.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { CITY_KEYS } from "../../app/data/zhejiang";

export const CATALOGUE_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), "catalogue.json");

const HAN = /\p{Script=Han}/u;

const key = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be a kebab-case key (lowercase letters, digits and single hyphens)");

const nameZh = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => HAN.test(s), "must contain Chinese characters");
const nameEn = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .refine((s) => !HAN.test(s), "must not contain Chinese characters");

const named = { key, nameZh, nameEn };

export const abilityUnitSchema = z.strictObject({ ...named });

export const roleSchema = z.strictObject({
  ...named,
  domain: z.enum(["CROSS_BORDER", "GENERAL", "BUSINESS"]),
  level: z.enum(["JUNIOR", "INTERMEDIATE", "SENIOR"]),
  abilityUnits: z.array(abilityUnitSchema).min(1, "a role needs at least one ability unit"),
});

export const familySchema = z.strictObject({
  ...named,
  descriptionZh: nameZh,
  descriptionEn: nameEn,
  roles: z.array(roleSchema).min(1, "a family needs at least one role"),
});

export const skillCategorySchema = z.strictObject({ ...named });

export const skillSchema = z.strictObject({ ...named, category: key });

export const languageLevelSchema = z.strictObject({
  ...named,
  /** The scale's key: "cet", "ielts", "hsk", "jlpt", "general", … */
  scale: key,
  /** CEFR rank, 1 = A1 … 6 = C2. */
  cefr: z.number().int().min(1).max(6),
});

export const languageSchema = z.strictObject({
  ...named,
  levels: z.array(languageLevelSchema).min(1, "a language needs at least one level"),
});

export const marketplaceSchema = z.strictObject({
  ...named,
  website: z
    .url({ protocol: /^https$/ })
    .nullable()
    .default(null),
});

export const courseSchema = z.strictObject({
  ...named,
  hours: z.number().int().positive(),
  abilityUnits: z.array(key).min(1, "a course must teach at least one ability unit"),
  /** Tools the course trains, where it names them. */
  skills: z.array(key).default([]),
});

export const trainingBaseSchema = z.strictObject({
  ...named,
  city: z.enum(CITY_KEYS),
  courses: z.array(courseSchema).min(1, "a training base needs at least one course"),
});

/** Search synonyms: each group is a set of equivalent terms, lower case. */
export const synonymGroupSchema = z
  .array(
    z
      .string()
      .trim()
      .min(1)
      .refine((s) => s === s.toLowerCase(), "synonyms are lower case"),
  )
  .min(2, "a synonym group needs at least two terms");

export const catalogueSchema = z.strictObject({
  version: z.string().regex(/^\d{4}\.\d+$/, 'must look like "2026.1"'),
  families: z.array(familySchema).min(1),
  skillCategories: z.array(skillCategorySchema).min(1),
  skills: z.array(skillSchema).min(1),
  languages: z.array(languageSchema).min(1),
  marketplaces: z.array(marketplaceSchema).min(1),
  trainingBases: z.array(trainingBaseSchema),
  synonyms: z.array(synonymGroupSchema),
});

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueFamily = Catalogue["families"][number];
export type CatalogueRole = CatalogueFamily["roles"][number];
export type CatalogueAbilityUnit = CatalogueRole["abilityUnits"][number];
export type CatalogueSkill = Catalogue["skills"][number];
export type CatalogueLanguage = Catalogue["languages"][number];
export type CatalogueLanguageLevel = CatalogueLanguage["levels"][number];
export type CatalogueMarketplace = Catalogue["marketplaces"][number];
export type CatalogueTrainingBase = Catalogue["trainingBases"][number];
export type CatalogueCourse = CatalogueTrainingBase["courses"][number];

export class CatalogueError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`${source} is not a valid talent catalogue:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "CatalogueError";
  }
}

function formatPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, s) => (typeof s === "number" ? `${out}[${s}]` : out ? `${out}.${String(s)}` : String(s)),
    "",
  );
}

/** Checks that keys are unique within each kind and that every reference points at an entry. */
function crossCheck(c: Catalogue): string[] {
  const problems: string[] = [];
  const seen = new Map<string, Map<string, string>>();
  const unique = (kind: string, k: string, at: string) => {
    const keys = seen.get(kind) ?? new Map<string, string>();
    seen.set(kind, keys);
    const first = keys.get(k);
    if (first) problems.push(`${at}.key: duplicate ${kind} key "${k}" (first used at ${first})`);
    else keys.set(k, at);
  };

  c.families.forEach((f, fi) => {
    unique("family", f.key, `families[${fi}]`);
    f.roles.forEach((r, ri) => {
      unique("role", r.key, `families[${fi}].roles[${ri}]`);
      r.abilityUnits.forEach((u, ui) =>
        unique("ability unit", u.key, `families[${fi}].roles[${ri}].abilityUnits[${ui}]`),
      );
    });
  });
  c.skillCategories.forEach((s, i) => unique("skill category", s.key, `skillCategories[${i}]`));
  const categories = seen.get("skill category") ?? new Map();
  c.skills.forEach((s, i) => {
    unique("skill", s.key, `skills[${i}]`);
    if (!categories.has(s.category)) problems.push(`skills[${i}].category: unknown skill category "${s.category}"`);
  });
  c.languages.forEach((l, li) => {
    unique("language", l.key, `languages[${li}]`);
    l.levels.forEach((v, vi) => unique("language level", v.key, `languages[${li}].levels[${vi}]`));
  });
  c.marketplaces.forEach((m, i) => unique("marketplace", m.key, `marketplaces[${i}]`));

  const units = seen.get("ability unit") ?? new Map();
  const skills = seen.get("skill") ?? new Map();
  c.trainingBases.forEach((b, bi) => {
    unique("training base", b.key, `trainingBases[${bi}]`);
    b.courses.forEach((course, ci) => {
      const at = `trainingBases[${bi}].courses[${ci}]`;
      unique("course", course.key, at);
      const taught = new Set<string>();
      course.abilityUnits.forEach((u, ui) => {
        if (!units.has(u)) problems.push(`${at}.abilityUnits[${ui}]: unknown ability unit "${u}"`);
        if (taught.has(u)) problems.push(`${at}.abilityUnits[${ui}]: ability unit "${u}" is listed twice`);
        taught.add(u);
      });
      course.skills.forEach((k, ki) => {
        if (!skills.has(k)) problems.push(`${at}.skills[${ki}]: unknown skill "${k}"`);
      });
    });
  });

  // One term in two groups would silently merge them in the search engine.
  const terms = new Map<string, number>();
  c.synonyms.forEach((group, gi) =>
    group.forEach((term, ti) => {
      const first = terms.get(term);
      if (first !== undefined && first !== gi)
        problems.push(`synonyms[${gi}][${ti}]: "${term}" is also in synonyms[${first}]`);
      else if (first === gi) problems.push(`synonyms[${gi}][${ti}]: "${term}" is listed twice`);
      terms.set(term, gi);
    }),
  );
  return problems;
}

/** Validates already-parsed JSON. `source` names it in error messages. */
export function parseCatalogue(data: unknown, source = "catalogue"): Catalogue {
  const result = catalogueSchema.safeParse(data);
  if (!result.success) {
    throw new CatalogueError(
      source,
      result.error.issues.map((i) => `${formatPath(i.path) || "(root)"}: ${i.message}`),
    );
  }
  const problems = crossCheck(result.data);
  if (problems.length > 0) throw new CatalogueError(source, problems);
  return result.data;
}

export interface CatalogueFile {
  catalogue: Catalogue;
  /** sha256 of the file's bytes, hex. */
  checksum: string;
  file: string;
}

/** Reads, parses and checks a catalogue file, and computes its checksum. */
export function readCatalogueFile(file: string = CATALOGUE_PATH): CatalogueFile {
  const bytes = fs.readFileSync(file);
  let data: unknown;
  try {
    data = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    throw new CatalogueError(file, [`not valid JSON: ${(error as Error).message}`]);
  }
  const catalogue = parseCatalogue(data, file);
  return { catalogue, checksum: crypto.createHash("sha256").update(bytes).digest("hex"), file };
}

export function loadCatalogue(file: string = CATALOGUE_PATH): Catalogue {
  return readCatalogueFile(file).catalogue;
}

/** Flat views of the nested file, with the parent keys filled in. */
export function flattenCatalogue(c: Catalogue) {
  const roles = c.families.flatMap((f) => f.roles.map((r) => ({ ...r, familyKey: f.key })));
  const abilityUnits = roles.flatMap((r) => r.abilityUnits.map((u) => ({ ...u, roleKey: r.key })));
  const languageLevels = c.languages.flatMap((l) => l.levels.map((v) => ({ ...v, languageKey: l.key })));
  const courses = c.trainingBases.flatMap((b) => b.courses.map((course) => ({ ...course, trainingBaseKey: b.key })));
  return { roles, abilityUnits, languageLevels, courses };
}
