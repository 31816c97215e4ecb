/**
 * How complete a student profile is: a pure function over the sections, shown as the builder's
 * progress indicator and stored in the candidate document (search sorts and filters by it).
 * "Complete" means complete in both languages: names, headline and summary count only when the
 * Chinese and the English text are both there.
 */
import type { ProfileStep } from "./profile-steps";

/** Skills a complete profile lists at least. */
export const MIN_SKILLS = 3;

export interface CompletenessInput {
  fullNameZh: string;
  fullNameEn: string;
  phone: string | null;
  city: string | null;
  headlineZh: string;
  headlineEn: string;
  summaryZh: string;
  summaryEn: string;
  collegeId: string | null;
  majorId: string | null;
  degree: string | null;
  graduationYear: number | null;
  desiredFamilies: string[];
  desiredCities: string[];
  desiredSalaryMin: number | null;
  availableFrom: Date | string | null;
  portfolioLinks: string[];
  resumeId: string | null;
  counts: {
    skills: number;
    abilityUnits: number;
    languages: number;
    marketplaces: number;
    certifications: number;
    experiences: number;
  };
}

export const COMPLETENESS_KEYS = [
  "names",
  "phone",
  "city",
  "headline",
  "summary",
  "education",
  "skills",
  "abilities",
  "languages",
  "marketplaces",
  "experience",
  "preferences",
  "resume",
] as const;

export const EXTRA_KEYS = ["awards", "portfolio", "salary"] as const;

export type CompletenessKey = (typeof COMPLETENESS_KEYS)[number];
export type ExtraKey = (typeof EXTRA_KEYS)[number];

export interface CompletenessItem {
  key: CompletenessKey;
  step: ProfileStep;
  /** Percentage points this item is worth; the weights add up to 100. */
  weight: number;
  done: boolean;
}

export interface ExtraItem {
  key: ExtraKey;
  step: ProfileStep;
  done: boolean;
}

export interface Completeness {
  /** 0–100. */
  percent: number;
  items: CompletenessItem[];
  /** The items still to do, in builder order. */
  missing: CompletenessItem[];
  /** Worth adding, but a profile is complete without them (not every student has an award). */
  extras: ExtraItem[];
}

const filled = (text: string | null | undefined) => (text ?? "").trim().length > 0;

export function profileCompleteness(profile: CompletenessInput): Completeness {
  const { counts } = profile;
  const rules: [CompletenessKey, ProfileStep, number, boolean][] = [
    ["names", "personal", 10, filled(profile.fullNameZh) && filled(profile.fullNameEn)],
    ["phone", "personal", 5, filled(profile.phone)],
    ["city", "personal", 5, filled(profile.city)],
    ["headline", "about", 10, filled(profile.headlineZh) && filled(profile.headlineEn)],
    ["summary", "about", 10, filled(profile.summaryZh) && filled(profile.summaryEn)],
    [
      "education",
      "education",
      15,
      !!profile.collegeId && !!profile.majorId && !!profile.degree && profile.graduationYear !== null,
    ],
    ["skills", "skills", 10, counts.skills >= MIN_SKILLS],
    ["abilities", "abilities", 5, counts.abilityUnits > 0],
    ["languages", "languages", 5, counts.languages > 0],
    ["marketplaces", "marketplaces", 5, counts.marketplaces > 0],
    ["experience", "experience", 5, counts.experiences > 0],
    [
      "preferences",
      "preferences",
      5,
      profile.desiredFamilies.length > 0 && profile.desiredCities.length > 0 && profile.availableFrom !== null,
    ],
    ["resume", "resume", 10, !!profile.resumeId],
  ];
  const items = rules.map(([key, step, weight, done]) => ({ key, step, weight, done }));
  const percent = items.reduce((sum, item) => sum + (item.done ? item.weight : 0), 0);
  return {
    percent,
    items,
    missing: items.filter((item) => !item.done),
    extras: [
      { key: "awards", step: "awards", done: counts.certifications > 0 },
      { key: "portfolio", step: "portfolio", done: profile.portfolioLinks.length > 0 },
      { key: "salary", step: "preferences", done: profile.desiredSalaryMin !== null },
    ],
  };
}

/** Whether the section of `step` has everything the completeness rules ask of it. */
export function stepDone(completeness: Completeness, step: ProfileStep): boolean | null {
  const items = completeness.items.filter((item) => item.step === step);
  if (items.length === 0) return null; // optional sections (awards, portfolio)
  return items.every((item) => item.done);
}
