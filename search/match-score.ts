/**
 * The match score (0–100) between a student and a job, and the explanation people see. Both come
 * from the same factors, so what we tell a student ("you lack Google Ads") is exactly what moved
 * the score. Weights and rules: docs/decisions/011-match-score.md.
 *
 * Pure and synchronous: inputs are plain values built from index documents (match-inputs.ts), so
 * re-ranking a few hundred retrieved documents costs well under a millisecond each.
 */
import { distanceMeters, type GeoPoint } from "./job-query";

export const FACTORS = [
  "family",
  "level",
  "skills",
  "abilityUnits",
  "languages",
  "marketplaces",
  "location",
  "salary",
  "timing",
  "education",
] as const;
export type Factor = (typeof FACTORS)[number];

/** Points out of 100 when every factor applies; see ADR 011 for why. */
export const WEIGHTS: Record<Factor, number> = {
  skills: 25,
  abilityUnits: 15,
  family: 15,
  languages: 10,
  location: 10,
  marketplaces: 5,
  salary: 5,
  level: 5,
  timing: 5,
  education: 5,
};

/** A required item counts twice as much as a preferred one. */
const REQUIRED_WEIGHT = 2;
const PREFERRED_WEIGHT = 1;

export interface MatchStudent {
  desiredFamilies: string[];
  desiredCities: string[];
  /** Where the student lives now (place key). */
  city: string | null;
  /** Where distances are measured from: the college, else the home city's centre. */
  location: GeoPoint | null;
  /** Highest level held, 1 basic … 3 expert. */
  skills: Record<string, number>;
  abilityUnits: Record<string, number>;
  /** Language key → CEFR rank (1 = A1 … 6 = C2). */
  languages: Record<string, number>;
  marketplaces: string[];
  /** Monthly CNY; null when not said. */
  desiredSalaryMin: number | null;
  graduationYear: number | null;
  /** null = available now. */
  availableFrom: Date | null;
  /** 0 none … 5 doctorate (DEGREE_RANK); null when not said. */
  degreeRank: number | null;
  /** Has done an internship, a job or run a shop. */
  hasWorkExperience: boolean;
}

export interface MatchJob {
  familyKey: string;
  level: "JUNIOR" | "INTERMEDIATE" | "SENIOR";
  employmentType: "FULL_TIME" | "PART_TIME" | "INTERNSHIP" | "CONTRACT";
  workMode: "ON_SITE" | "HYBRID" | "REMOTE";
  experienceYears: number;
  skills: { key: string; level: number; required: boolean }[];
  abilityUnits: { key: string; required: boolean }[];
  languages: { key: string; cefr: number; required: boolean }[];
  marketplaces: string[];
  city: string;
  location: GeoPoint;
  salaryMonthlyMin: number;
  salaryMonthlyMax: number;
  /** 0 = no requirement. */
  educationRank: number;
  /** null = open until filled. */
  validThrough: Date | null;
}

/**
 * One line of an explanation: a requirement met or missing, in the catalogue's terms. `key` names
 * the catalogue entry (skill, ability unit, language, marketplace, family or city key); `have` and
 * `want` carry levels or amounts where they matter. Pages translate `code` and look up names.
 */
export interface Reason {
  factor: Factor;
  code: string;
  key?: string;
  have?: number;
  want?: number;
  required?: boolean;
}

export interface FactorResult {
  factor: Factor;
  /** 0–1. */
  value: number;
  /** The weight it carried in this score (0 when the factor did not apply). */
  weight: number;
  met: Reason[];
  missing: Reason[];
}

export interface MatchResult {
  /** 0–100. */
  score: number;
  factors: FactorResult[];
  met: Reason[];
  missing: Reason[];
}

/** A factor that the job or the student leaves open does not count either way. */
type Outcome = { value: number; met: Reason[]; missing: Reason[] } | null;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/** Weighted share of items met; `credit` is 0–1 per item. */
function weightedShare<T extends { required: boolean }>(
  items: T[],
  credit: (item: T) => number,
): { value: number; credits: number[] } {
  let total = 0;
  let earned = 0;
  const credits = items.map((item) => {
    const weight = item.required ? REQUIRED_WEIGHT : PREFERRED_WEIGHT;
    const c = clamp01(credit(item));
    total += weight;
    earned += weight * c;
    return c;
  });
  return { value: total === 0 ? 1 : earned / total, credits };
}

export function familyFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (student.desiredFamilies.length === 0) return null;
  const wanted = student.desiredFamilies.includes(job.familyKey);
  const reason: Reason = { factor: "family", code: wanted ? "family_wanted" : "family_other", key: job.familyKey };
  return wanted ? { value: 1, met: [reason], missing: [] } : { value: 0, met: [], missing: [reason] };
}

/** Junior roles suit students; intermediate and senior roles, and years of experience, need work experience. */
export function levelFactor(student: MatchStudent, job: MatchJob): Outcome {
  const experienced = student.hasWorkExperience;
  const byLevel = job.level === "JUNIOR" ? 1 : job.level === "INTERMEDIATE" ? (experienced ? 0.6 : 0.25) : 0.1;
  const byYears = job.experienceYears === 0 ? 1 : experienced ? 0.5 : 0;
  const value = Math.min(byLevel, byYears);
  if (value === 1) return { value, met: [{ factor: "level", code: "level_fits", key: job.level }], missing: [] };
  const missing: Reason[] =
    job.experienceYears > 0
      ? [{ factor: "level", code: "experience_years", want: job.experienceYears }]
      : [{ factor: "level", code: "level_above", key: job.level }];
  return { value, met: [], missing };
}

export function skillsFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.skills.length === 0) return null;
  const { value, credits } = weightedShare(job.skills, (s) => (student.skills[s.key] ?? 0) / s.level);
  const met: Reason[] = [];
  const missing: Reason[] = [];
  job.skills.forEach((s, i) => {
    const have = student.skills[s.key] ?? 0;
    const reason: Reason = { factor: "skills", code: "skill", key: s.key, have, want: s.level, required: s.required };
    (credits[i] === 1 ? met : missing).push(reason);
  });
  return { value, met, missing };
}

export function abilityUnitsFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.abilityUnits.length === 0) return null;
  const { value, credits } = weightedShare(job.abilityUnits, (u) => ((student.abilityUnits[u.key] ?? 0) > 0 ? 1 : 0));
  const met: Reason[] = [];
  const missing: Reason[] = [];
  job.abilityUnits.forEach((u, i) => {
    const reason: Reason = { factor: "abilityUnits", code: "ability_unit", key: u.key, required: u.required };
    (credits[i] === 1 ? met : missing).push(reason);
  });
  return { value, met, missing };
}

/** One CEFR step below the asked level still earns half. */
export function languagesFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.languages.length === 0) return null;
  const credit = (l: MatchJob["languages"][number]) => {
    const have = student.languages[l.key] ?? 0;
    return have >= l.cefr ? 1 : have === l.cefr - 1 ? 0.5 : 0;
  };
  const { value, credits } = weightedShare(job.languages, credit);
  const met: Reason[] = [];
  const missing: Reason[] = [];
  job.languages.forEach((l, i) => {
    const have = student.languages[l.key] ?? 0;
    const reason: Reason = {
      factor: "languages",
      code: "language",
      key: l.key,
      have,
      want: l.cefr,
      required: l.required,
    };
    (credits[i] === 1 ? met : missing).push(reason);
  });
  return { value, met, missing };
}

/** Knowing one of the job's marketplaces is worth half; the rest scales with how many. */
export function marketplacesFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.marketplaces.length === 0) return null;
  const known = job.marketplaces.filter((m) => student.marketplaces.includes(m));
  const value = known.length === 0 ? 0 : 0.5 + (0.5 * known.length) / job.marketplaces.length;
  return {
    value,
    met: known.map((key) => ({ factor: "marketplaces", code: "marketplace", key })),
    missing: job.marketplaces
      .filter((m) => !known.includes(m))
      .map((key) => ({ factor: "marketplaces", code: "marketplace", key })),
  };
}

/** Great-circle distance in kilometres, as Meilisearch's geo filters measure it. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return distanceMeters(a, b) / 1000;
}

/** Full marks within NEAR_KM, none beyond FAR_KM, linear between. */
export const NEAR_KM = 10;
export const FAR_KM = 60;

/**
 * The city the student wants (or lives in, when no preference is given) counts 60 %, the distance
 * from the student's college 40 %. Remote work fits everyone; hybrid work halves what distance costs.
 */
export function locationFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.workMode === "REMOTE") return { value: 1, met: [{ factor: "location", code: "remote" }], missing: [] };
  const cities = student.desiredCities.length > 0 ? student.desiredCities : student.city ? [student.city] : [];
  const cityFit = cities.length === 0 ? null : cities.includes(job.city) ? 1 : 0;
  const km = student.location ? distanceKm(student.location, job.location) : null;
  const nearFit = km === null ? null : clamp01((FAR_KM - km) / (FAR_KM - NEAR_KM));
  if (cityFit === null && nearFit === null) return null;
  let value = cityFit === null ? nearFit! : nearFit === null ? cityFit : 0.6 * cityFit + 0.4 * nearFit;
  if (job.workMode === "HYBRID") value = 0.5 + 0.5 * value;
  const distance = km === null ? {} : { have: Math.round(km) };
  const reason: Reason = {
    factor: "location",
    code: cityFit === 0 ? "city_other" : "city_wanted",
    key: job.city,
    ...distance,
  };
  return value >= 0.75 ? { value, met: [reason], missing: [] } : { value, met: [], missing: [reason] };
}

export function salaryFactor(student: MatchStudent, job: MatchJob): Outcome {
  const wanted = student.desiredSalaryMin;
  if (!wanted) return null;
  const value =
    job.salaryMonthlyMin >= wanted
      ? 1
      : job.salaryMonthlyMax >= wanted
        ? 0.75
        : job.salaryMonthlyMax >= 0.8 * wanted
          ? 0.4
          : 0;
  const reason: Reason = { factor: "salary", code: "salary", have: job.salaryMonthlyMax, want: wanted };
  return value >= 0.75 ? { value, met: [reason], missing: [] } : { value, met: [], missing: [reason] };
}

/**
 * The school year ends in July: before August, this year's class is graduating; from August, next
 * year's. Returns the graduation year of the class that finishes this school year.
 */
export function graduatingClass(now: Date): number {
  return now.getUTCMonth() >= 7 ? now.getUTCFullYear() + 1 : now.getUTCFullYear();
}

/** How soon the job must be filled when it gives no closing date. */
const OPEN_JOB_HORIZON_DAYS = 120;

/**
 * Graduation year against the kind of job (full-time work needs a diploma by this summer,
 * internships need a student) and the student's start date against when the job closes.
 */
export function timingFactor(student: MatchStudent, job: MatchJob, now: Date): Outcome {
  const parts: number[] = [];
  const met: Reason[] = [];
  const missing: Reason[] = [];
  const classOf = graduatingClass(now);
  if (student.graduationYear !== null && job.employmentType !== "PART_TIME") {
    const year = student.graduationYear;
    const fit =
      job.employmentType === "INTERNSHIP"
        ? year >= classOf
          ? 1
          : 0.4
        : year <= classOf
          ? 1
          : year === classOf + 1
            ? 0.3
            : 0;
    parts.push(fit);
    const reason: Reason = { factor: "timing", code: `graduation_${job.employmentType.toLowerCase()}`, have: year };
    (fit === 1 ? met : missing).push(reason);
  }
  const latestStart = job.validThrough ?? new Date(now.getTime() + OPEN_JOB_HORIZON_DAYS * 86_400_000);
  const start = student.availableFrom && student.availableFrom > now ? student.availableFrom : now;
  const startFits = start <= latestStart;
  parts.push(startFits ? 1 : 0.3);
  (startFits ? met : missing).push({ factor: "timing", code: startFits ? "start_in_time" : "start_too_late" });
  return { value: parts.reduce((a, b) => a + b, 0) / parts.length, met, missing };
}

export function educationFactor(student: MatchStudent, job: MatchJob): Outcome {
  if (job.educationRank === 0) return null;
  const have = student.degreeRank;
  const value = have === null ? 0.5 : have >= job.educationRank ? 1 : have === job.educationRank - 1 ? 0.4 : 0;
  const reason: Reason = { factor: "education", code: "education", have: have ?? undefined, want: job.educationRank };
  return value === 1 ? { value, met: [reason], missing: [] } : { value, met: [], missing: [reason] };
}

/**
 * The score: the weighted mean of the factors that apply, on 0–100. A factor applies when the job
 * asks for it (skills, languages, …) and the student has said what they want (family, salary, …);
 * nobody is marked down for what was never asked or never said.
 */
export function matchScore(student: MatchStudent, job: MatchJob, now: Date): MatchResult {
  const outcomes: Record<Factor, Outcome> = {
    family: familyFactor(student, job),
    level: levelFactor(student, job),
    skills: skillsFactor(student, job),
    abilityUnits: abilityUnitsFactor(student, job),
    languages: languagesFactor(student, job),
    marketplaces: marketplacesFactor(student, job),
    location: locationFactor(student, job),
    salary: salaryFactor(student, job),
    timing: timingFactor(student, job, now),
    education: educationFactor(student, job),
  };
  let total = 0;
  let earned = 0;
  const factors = FACTORS.map((factor): FactorResult => {
    const outcome = outcomes[factor];
    if (!outcome) return { factor, value: 0, weight: 0, met: [], missing: [] };
    total += WEIGHTS[factor];
    earned += WEIGHTS[factor] * outcome.value;
    return { factor, weight: WEIGHTS[factor], ...outcome };
  });
  // Heavier factors first, required items before preferred ones.
  const order = (r: Reason) => -WEIGHTS[r.factor] * 10 - (r.required ? 1 : 0);
  const sorted = (pick: (f: FactorResult) => Reason[]) => factors.flatMap(pick).sort((a, b) => order(a) - order(b));
  return {
    score: total === 0 ? 0 : Math.round((100 * earned) / total),
    factors,
    met: sorted((f) => f.met),
    missing: sorted((f) => f.missing),
  };
}
