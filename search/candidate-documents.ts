/**
 * The candidates index: the profiles of students who let verified companies find them, without
 * contact details. A document carries no name, phone, email, résumé or portfolio link: search
 * returns ids, and the database hydrates what a company may see, checking consent again (the index
 * may lag a withdrawal by the time its sync takes).
 *
 * Level filters use cumulative values: a student with Excel at level 3 has "excel", "excel:1",
 * "excel:2" and "excel:3", so "at least level 2" is the filter `skills = "excel:2"`. Languages do
 * the same with CEFR ranks (1 = A1 … 6 = C2): English at CET-6 (B2) gives "en", "en:1" … "en:4".
 */
import type { Settings } from "meilisearch";
import { z } from "zod";
import { CONSENT_VERSIONS } from "../app/data/privacy";
import type { Prisma, PrismaClient } from "../app/generated/prisma/client";
import { redactContactDetails } from "../app/models/profile-contact";
import { profileCompleteness } from "../app/models/profile-completeness";
import { withContentHash } from "./content-hash";

/** Education as a number, for "at least a bachelor's" filters. */
export const DEGREE_RANK: Record<string, number> = {
  NONE: 0,
  SECONDARY: 1,
  ASSOCIATE: 2,
  BACHELOR: 3,
  MASTER: 4,
  DOCTORATE: 5,
};

const names = { select: { key: true, nameZh: true, nameEn: true } } as const;

/** Everything a candidate document needs, in one query. Contact fields are read only to score completeness. */
export const CANDIDATE_DOCUMENT_SELECT = {
  id: true,
  updatedAt: true,
  fullNameZh: true,
  fullNameEn: true,
  phone: true,
  city: true,
  headlineZh: true,
  headlineEn: true,
  summaryZh: true,
  summaryEn: true,
  collegeId: true,
  majorId: true,
  college: names,
  major: names,
  degree: true,
  graduationYear: true,
  desiredFamilies: true,
  desiredCities: true,
  desiredSalaryMin: true,
  availableFrom: true,
  portfolioLinks: true,
  resumeId: true,
  skills: { select: { level: true, skill: names } },
  abilityUnits: { select: { level: true, abilityUnit: names } },
  languages: { select: { language: { select: { key: true } }, level: { select: { key: true, cefr: true } } } },
  marketplaces: { select: { marketplace: { select: { key: true } } } },
  certifications: { select: { name: true, issuer: true } },
  experiences: { select: { kind: true, organisation: true, role: true, description: true } },
  user: {
    select: {
      emailVerifiedAt: true,
      consents: { where: { purpose: "DISCOVERABLE", withdrawnAt: null }, select: { version: true } },
    },
  },
} satisfies Prisma.StudentProfileSelect;

export type CandidateRow = Prisma.StudentProfileGetPayload<{ select: typeof CANDIDATE_DOCUMENT_SELECT }>;

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

export const candidateDocumentSchema = z.object({
  id: z.string().min(1),
  headlineZh: z.string(),
  headlineEn: z.string(),
  summaryZh: z.string(),
  summaryEn: z.string(),
  collegeKey: z.string().nullable(),
  collegeNameZh: z.string(),
  collegeNameEn: z.string(),
  majorKey: z.string().nullable(),
  majorNameZh: z.string(),
  majorNameEn: z.string(),
  degree: z.string().nullable(),
  degreeRank: z.number().int().min(0).max(5),
  graduationYear: z.number().int().nullable(),
  /** Where the student lives now (place key). */
  city: z.string().nullable(),
  skills: z.array(z.string()),
  skillsZh: z.array(z.string()),
  skillsEn: z.array(z.string()),
  abilityUnits: z.array(z.string()),
  abilityUnitsZh: z.array(z.string()),
  abilityUnitsEn: z.array(z.string()),
  languages: z.array(z.string()),
  languageLevels: z.array(z.string()),
  marketplaces: z.array(z.string()),
  certifications: z.array(z.string()),
  experience: z.array(z.string()),
  experienceKinds: z.array(z.string()),
  desiredFamilies: z.array(z.string()),
  desiredCities: z.array(z.string()),
  /** Monthly CNY; 0 when the student did not say. */
  desiredSalaryMin: z.number().int().min(0),
  /** Unix seconds; 0 when the student did not say (treated as "now"). */
  availableFrom: z.number().int().min(0),
  hasResume: z.boolean(),
  /** 0–100, from profileCompleteness. */
  completeness: z.number().int().min(0).max(100),
  updatedAt: z.number().int(),
});

/** The stored document: the checked content plus its `contentHash` (see content-hash.ts). */
export type CandidateDocument = z.infer<typeof candidateDocumentSchema> & { contentHash: string };

/** "excel", "excel:1" … "excel:<level>". */
export function cumulativeLevels(key: string, level: number): string[] {
  return [key, ...Array.from({ length: Math.max(0, level) }, (_, i) => `${key}:${i + 1}`)];
}

/**
 * Whether a student may be found in candidate search: email confirmed and a DISCOVERABLE consent
 * of the current version, not withdrawn. The same rule as a Prisma filter is `discoverableWhere`.
 */
export function isDiscoverable(row: Pick<CandidateRow, "user">): boolean {
  return (
    !!row.user.emailVerifiedAt && row.user.consents.some((consent) => consent.version === CONSENT_VERSIONS.DISCOVERABLE)
  );
}

export function discoverableWhere() {
  return {
    user: {
      emailVerifiedAt: { not: null },
      consents: { some: { purpose: "DISCOVERABLE", withdrawnAt: null, version: CONSENT_VERSIONS.DISCOVERABLE } },
    },
  } satisfies Prisma.StudentProfileWhereInput;
}

const clean = (text: string) => redactContactDetails(text);

export function toCandidateDocument(row: CandidateRow): CandidateDocument {
  const completeness = profileCompleteness({
    ...row,
    counts: {
      skills: row.skills.length,
      abilityUnits: row.abilityUnits.length,
      languages: row.languages.length,
      marketplaces: row.marketplaces.length,
      certifications: row.certifications.length,
      experiences: row.experiences.length,
    },
  });
  const unique = (values: string[]) => [...new Set(values)];
  const document = candidateDocumentSchema.parse({
    id: row.id,
    headlineZh: clean(row.headlineZh),
    headlineEn: clean(row.headlineEn),
    summaryZh: clean(row.summaryZh),
    summaryEn: clean(row.summaryEn),
    collegeKey: row.college?.key ?? null,
    collegeNameZh: row.college?.nameZh ?? "",
    collegeNameEn: row.college?.nameEn ?? "",
    majorKey: row.major?.key ?? null,
    majorNameZh: row.major?.nameZh ?? "",
    majorNameEn: row.major?.nameEn ?? "",
    degree: row.degree,
    degreeRank: row.degree ? (DEGREE_RANK[row.degree] ?? 0) : 0,
    graduationYear: row.graduationYear,
    city: row.city,
    skills: row.skills.flatMap((s) => cumulativeLevels(s.skill.key, s.level)),
    skillsZh: row.skills.map((s) => s.skill.nameZh),
    skillsEn: row.skills.map((s) => s.skill.nameEn),
    abilityUnits: row.abilityUnits.flatMap((a) => cumulativeLevels(a.abilityUnit.key, a.level)),
    abilityUnitsZh: row.abilityUnits.map((a) => a.abilityUnit.nameZh),
    abilityUnitsEn: row.abilityUnits.map((a) => a.abilityUnit.nameEn),
    languages: row.languages.flatMap((l) => cumulativeLevels(l.language.key, l.level.cefr)),
    languageLevels: row.languages.map((l) => l.level.key),
    marketplaces: row.marketplaces.map((m) => m.marketplace.key),
    certifications: row.certifications.map((c) => clean([c.name, c.issuer].filter(Boolean).join(" · "))),
    experience: row.experiences.map((e) =>
      clean([e.role, e.organisation, e.description].filter((part) => part.trim()).join(" · ")),
    ),
    experienceKinds: unique(row.experiences.map((e) => e.kind)),
    desiredFamilies: row.desiredFamilies,
    desiredCities: row.desiredCities,
    desiredSalaryMin: row.desiredSalaryMin ?? 0,
    availableFrom: row.availableFrom ? Math.max(0, seconds(row.availableFrom)) : 0,
    hasResume: !!row.resumeId,
    completeness: completeness.percent,
    updatedAt: seconds(row.updatedAt),
  });
  return withContentHash(document);
}

export function loadCandidateRow(db: PrismaClient, id: string): Promise<CandidateRow | null> {
  return db.studentProfile.findUnique({ where: { id }, select: CANDIDATE_DOCUMENT_SELECT });
}

export function candidateIndexSettings(): Settings {
  return {
    // Order matters: earlier attributes weigh more in relevance. No names, no contact details.
    searchableAttributes: [
      "headlineZh",
      "headlineEn",
      "skillsZh",
      "skillsEn",
      "abilityUnitsZh",
      "abilityUnitsEn",
      "marketplaces",
      "majorNameZh",
      "majorNameEn",
      "experience",
      "certifications",
      "summaryZh",
      "summaryEn",
      "collegeNameZh",
      "collegeNameEn",
    ],
    filterableAttributes: [
      "collegeKey",
      "majorKey",
      "degree",
      "degreeRank",
      "graduationYear",
      "city",
      "skills",
      "abilityUnits",
      "languages",
      "languageLevels",
      "marketplaces",
      "experienceKinds",
      "desiredFamilies",
      "desiredCities",
      "desiredSalaryMin",
      "availableFrom",
      "hasResume",
      "completeness",
    ],
    sortableAttributes: ["graduationYear", "availableFrom", "completeness", "desiredSalaryMin", "updatedAt"],
    // The same split as the jobs index: *Zh fields are Chinese, *En fields English.
    localizedAttributes: [
      { attributePatterns: ["*Zh"], locales: ["cmn"] },
      { attributePatterns: ["*En"], locales: ["eng"] },
    ],
    // As for jobs: about 2× faster indexing, coarser order for multi-word queries (ADR 015).
    proximityPrecision: "byAttribute",
    faceting: { maxValuesPerFacet: 200 },
    pagination: { maxTotalHits: 100_000 },
  };
}
