/**
 * Match-score inputs built from index documents. Both directions read the same shapes: a student
 * is scored from a candidates-index document (built from the profile row by toCandidateDocument,
 * so the student's own page and a recruiter's list see the same student), a job from a jobs-index
 * document (toJobDocument).
 */
import { findCity } from "../app/data/zhejiang";
import { monthlyEquivalent, type SalaryPeriodKey } from "../app/utils/salary";
import { DEGREE_RANK, type CandidateDocument } from "./candidate-documents";
import { NEVER_EXPIRES, type JobDocument } from "./job-documents";
import type { GeoPoint } from "./job-query";
import type { MatchJob, MatchStudent } from "./match-score";

/** "excel", "excel:1", "excel:2" → { excel: 2 } (see cumulativeLevels). */
export function highestLevels(values: string[]): Record<string, number> {
  const levels: Record<string, number> = {};
  for (const value of values) {
    const colon = value.lastIndexOf(":");
    const key = colon < 0 ? value : value.slice(0, colon);
    const level = colon < 0 ? 0 : Number(value.slice(colon + 1));
    levels[key] = Math.max(levels[key] ?? 0, Number.isFinite(level) ? level : 0);
  }
  return levels;
}

/** The fields of a candidate document the score reads. */
export const MATCH_CANDIDATE_FIELDS = [
  "id",
  "collegeKey",
  "city",
  "desiredFamilies",
  "desiredCities",
  "skills",
  "abilityUnits",
  "languages",
  "marketplaces",
  "desiredSalaryMin",
  "graduationYear",
  "availableFrom",
  "degree",
  "degreeRank",
  "experienceKinds",
] as const satisfies readonly (keyof CandidateDocument)[];
export type MatchCandidateFields = Pick<CandidateDocument, (typeof MATCH_CANDIDATE_FIELDS)[number]>;

const WORK_EXPERIENCE = new Set(["INTERNSHIP", "JOB", "OWN_SHOP"]);

/**
 * `colleges` gives each college's coordinates; a student without a college is placed at the
 * centre of the city they live in.
 */
export function matchStudentFromDocument(
  doc: MatchCandidateFields,
  colleges: ReadonlyMap<string, GeoPoint>,
): MatchStudent {
  const college = doc.collegeKey ? colleges.get(doc.collegeKey) : undefined;
  const city = doc.city ? findCity(doc.city) : undefined;
  return {
    desiredFamilies: doc.desiredFamilies,
    desiredCities: doc.desiredCities,
    city: doc.city,
    location: college ?? (city ? { lat: city.latitude, lng: city.longitude } : null),
    skills: highestLevels(doc.skills),
    abilityUnits: highestLevels(doc.abilityUnits),
    languages: highestLevels(doc.languages),
    marketplaces: doc.marketplaces,
    desiredSalaryMin: doc.desiredSalaryMin > 0 ? doc.desiredSalaryMin : null,
    graduationYear: doc.graduationYear,
    availableFrom: doc.availableFrom > 0 ? new Date(doc.availableFrom * 1000) : null,
    degreeRank: doc.degree ? doc.degreeRank : null,
    hasWorkExperience: doc.experienceKinds.some((kind) => WORK_EXPERIENCE.has(kind)),
  };
}

/** The fields of a job document the score reads. */
export const MATCH_JOB_FIELDS = [
  "id",
  "familyKey",
  "level",
  "employmentType",
  "workMode",
  "experienceYears",
  "requirements",
  "marketplaces",
  "city",
  "_geo",
  "salaryMin",
  "salaryMax",
  "salaryPeriod",
  "education",
  "expiresAt",
] as const satisfies readonly (keyof JobDocument)[];
export type MatchJobFields = Pick<JobDocument, (typeof MATCH_JOB_FIELDS)[number]>;

export function matchJobFromDocument(doc: MatchJobFields): MatchJob {
  const period = doc.salaryPeriod as SalaryPeriodKey;
  return {
    familyKey: doc.familyKey,
    level: doc.level as MatchJob["level"],
    employmentType: doc.employmentType as MatchJob["employmentType"],
    workMode: doc.workMode as MatchJob["workMode"],
    experienceYears: doc.experienceYears,
    skills: doc.requirements.skills,
    abilityUnits: doc.requirements.abilityUnits,
    languages: doc.requirements.languages,
    marketplaces: doc.marketplaces,
    city: doc.city,
    location: doc._geo,
    salaryMonthlyMin: monthlyEquivalent(doc.salaryMin, period),
    salaryMonthlyMax: monthlyEquivalent(doc.salaryMax, period),
    educationRank: DEGREE_RANK[doc.education] ?? 0,
    validThrough: doc.expiresAt >= NEVER_EXPIRES ? null : new Date(doc.expiresAt * 1000),
  };
}
