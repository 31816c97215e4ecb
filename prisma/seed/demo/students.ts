/**
 * Demo students: a user with a student profile and its section rows, built from a seeded PRNG
 * like the companies and jobs (same seed, same rows, ids included). What a student has follows
 * from the college and major: the families they look for, their tools, courses, certificates,
 * languages and internships (at the demo's own companies). Profiles range from complete to a
 * name and a college only, as real ones do.
 *
 * The demo's present is the 2026/27 school year (the seeded fairs run from autumn 2026 to spring
 * 2027): graduation years 2025-2028 and certificate years are content; calendar dates of that year
 * (internships, start dates) are shifted with `ctx.now` like every other demo date.
 */
import type {
  CertificationKind,
  College,
  Company,
  Consent,
  Education,
  EvidenceType,
  Major,
  StudentAbilityUnit,
  StudentLanguage,
  StudentMarketplace,
  StudentProfile,
  StudentSkill,
  Certification,
  Experience,
  User,
} from "../../../app/generated/prisma/client";
import type { IndustryKey } from "../../../app/data/industries";
import { CONSENT_VERSIONS } from "../../../app/data/privacy";
import { findCity, type CityKey } from "../../../app/data/zhejiang";
import type { CatalogueLanguageLevel } from "../../catalogue/schema";
import { INDUSTRY_FAMILIES } from "./companies";
import type { DemoContext } from "./factories";
import { after, before, DAY, fill, joinEn, joinZh, roundTo, sampleWeighted, spaceZh } from "./helpers";
import { BACKEND_SKILL, CATEGORIES, TITLE_NAMES } from "./markets";
import { COUNTRIES, GIVEN_NAMES, SURNAMES, type Country, type Gender, type Named } from "./people";
import {
  AWARD_SENTENCES,
  AWARDS,
  CERTIFICATES,
  COURSE_SENTENCES,
  EXPERIENCE_SENTENCES,
  GOAL_SENTENCES,
  HEADLINES,
  INTERN_DUTIES,
  INTERN_ROLES,
  INTERNATIONAL_MAJORS,
  INTERNATIONAL_SKILLS,
  INTRO_SENTENCES,
  LANGUAGE_SENTENCES,
  MAJOR_PROFILES,
  OWN_SHOP_MARKETPLACES,
  PRIZES,
  SKILL_SENTENCES,
  TRAIT_SENTENCES,
  type MajorProfile,
  type Sentence,
} from "./profiles";
import type { Rng } from "./rng";
import type { Pair } from "./roles";
import { buildUser, demoEmail } from "./users";

/** Graduates a year from the 20 colleges (DESIGN.md §1): scale 1 builds this many. */
export const FULL_SCALE_STUDENTS = 6_000;

export type Completeness = "sparse" | "partial" | "complete";

export interface BuiltStudent {
  user: User;
  profile: StudentProfile;
  skills: StudentSkill[];
  abilityUnits: StudentAbilityUnit[];
  languages: StudentLanguage[];
  marketplaces: StudentMarketplace[];
  certifications: Certification[];
  experiences: Experience[];
  consents: Consent[];
}

export interface StudentOverrides {
  completeness?: Completeness;
  international?: boolean;
  /** An active DISCOVERABLE consent. */
  discoverable?: boolean;
  /** An active SHARE_ON_APPLY consent. */
  shareOnApply?: boolean;
  collegeKey?: string;
  majorKey?: string;
  graduationYear?: number;
  locale?: "zh-CN" | "en";
}

/**
 * The first students are made to order, so that the README can name them: a complete Chinese
 * profile, a complete international one, and a sparse one that shares nothing.
 */
export const SHOWCASE_STUDENTS: readonly StudentOverrides[] = [
  {
    completeness: "complete",
    international: false,
    locale: "zh-CN",
    discoverable: true,
    shareOnApply: true,
    collegeKey: "zjgsu",
    majorKey: "cross-border-ecommerce",
    graduationYear: 2027,
  },
  {
    completeness: "complete",
    international: true,
    locale: "en",
    discoverable: true,
    shareOnApply: true,
    collegeKey: "zisu",
    majorKey: "cross-border-ecommerce",
    graduationYear: 2027,
  },
  { completeness: "sparse", international: false, discoverable: false, shareOnApply: false, graduationYear: 2028 },
];

/** Students per college (relative): the big universities and vocational colleges send more. */
const COLLEGE_WEIGHTS: Readonly<Record<string, number>> = {
  zjgsu: 9,
  hznu: 6,
  zisu: 6,
  zufe: 5,
  zstu: 4,
  hdu: 4,
  zjut: 4,
  zust: 3,
  hzcu: 4,
  zjsru: 4,
  hzcc: 4,
  zafu: 3,
  cuz: 4,
  zjiet: 7,
  zfc: 5,
  hzvtc: 5,
  zjbc: 6,
  zjtie: 5,
  hzpt: 3,
  zjyy: 3,
};

/** Colleges with international students (relative). */
const INTERNATIONAL_COLLEGES: Readonly<Record<string, number>> = {
  zjgsu: 6,
  zisu: 5,
  hznu: 3,
  zufe: 2,
  zstu: 2,
  hdu: 1,
  zjut: 1,
  hzcu: 1,
  zjiet: 3,
  zfc: 1,
};

/** Students per major within a college (relative); unlisted majors: 1. */
const MAJOR_WEIGHTS: Readonly<Record<string, number>> = {
  "cross-border-ecommerce": 4,
  "e-commerce": 3,
  "international-trade": 3,
  "business-english": 2.5,
  marketing: 2,
  "logistics-management": 2,
  "live-streaming": 1.5,
  "customs-trade": 1.5,
  japanese: 1.5,
};

const GRADUATION_YEARS = { 2025: 8, 2026: 17, 2027: 50, 2028: 25 } as const;
/** The school year the demo is set in starts in September of this year. */
const DEMO_SCHOOL_YEAR = 2026;
/** Midnight in Hangzhou on the day the demo's calendar dates are written for. */
const DEMO_PRESENT = Date.UTC(2026, 10, 26) - 8 * 3_600_000;

/** The profile form's limit (app/models/profile-steps.ts). */
const HEADLINE_MAX = 80;

const COMPLETENESS: Record<Completeness, number> = { sparse: 15, partial: 35, complete: 50 };
/** Chance of an active DISCOVERABLE consent: about a third overall, more for complete profiles. */
const DISCOVERABLE: Record<Completeness, number> = { sparse: 0.08, partial: 0.3, complete: 0.45 };
const SHARE_ON_APPLY: Record<Completeness, number> = { sparse: 0.65, partial: 0.85, complete: 0.93 };

/** Where students live besides Hangzhou, and the other cities they would work in. */
const OTHER_CITIES: Readonly<Partial<Record<CityKey, number>>> = {
  ningbo: 4,
  jinhua: 4,
  jiaxing: 2,
  shaoxing: 3,
  huzhou: 2,
  wenzhou: 2,
  taizhou: 1,
};

const ENGLISH_BACHELOR = {
  "en-cet-6": 45,
  "en-cet-4": 40,
  "en-ielts-6-5": 4,
  "en-ielts-7-5": 1.5,
  "en-toefl-80": 1,
  "en-toefl-100": 0.5,
  none: 8,
};
const ENGLISH_ASSOCIATE = { "en-cet-4": 40, "en-general-basic": 25, "en-cet-6": 8, none: 27 };
const EXTRA_LANGUAGES = {
  "ja-jlpt-n3": 30,
  "ja-jlpt-n2": 10,
  "ko-topik-3": 15,
  "es-general-basic": 10,
  "th-general-basic": 8,
  "vi-general-basic": 6,
  "id-general-basic": 6,
  "fr-general-basic": 5,
  "de-general-basic": 5,
  "ru-general-basic": 5,
};
const HSK = { "zh-hsk-4": 40, "zh-hsk-5": 35, "zh-hsk-6": 15, "zh-hsk-3": 10 };

/** Families international students look for, besides their major's. */
const INTERNATIONAL_FAMILIES = {
  "live-stream-selling": 4,
  "customer-service": 4,
  "overseas-marketing": 3,
  "platform-operation": 3,
};

/** Monthly CNY a fresh graduate asks for at least, by family (bachelor's; associate × 0.85). */
const SALARY_BY_FAMILY: Readonly<Record<string, readonly [number, number]>> = {
  "platform-operation": [5000, 8000],
  "overseas-marketing": [5500, 8500],
  "logistics-warehousing": [4500, 7000],
  "dtc-brand": [5500, 8500],
  "live-stream-selling": [5000, 9000],
  "customer-service": [4500, 6500],
  "sourcing-product": [5000, 7500],
  "data-analysis": [6000, 9500],
  compliance: [5500, 8000],
  finance: [5000, 7500],
};

/** Tools that make a portfolio, and what the portfolio page is about. */
const PORTFOLIO_TOPICS: readonly (readonly [skill: string, slug: string])[] = [
  ["capcut", "short-videos"],
  ["premiere-pro", "video-editing"],
  ["tiktok-content", "tiktok-account"],
  ["live-selling", "live-highlights"],
  ["photoshop", "product-images"],
  ["product-photography", "product-photography"],
  ["a-plus-content", "a-plus-pages"],
  ["illustrator", "packaging-design"],
  ["figma", "landing-page-design"],
  ["instagram", "instagram-campaign"],
  ["seo", "seo-blog"],
  ["shopify", "shopify-store"],
  ["power-bi", "sales-dashboard"],
  ["tableau", "data-visualisation"],
  ["python-data", "market-analysis-notebook"],
];

// ---------------------------------------------------------------------------------------------
// The pool students are drawn from

interface TrainingCourse {
  course: Pair;
  base: Pair;
}

/** Built once per demo: colleges and majors with their ids, companies to intern at, lookups. */
export interface StudentPool {
  colleges: ReadonlyMap<string, College>;
  majorsByCollege: ReadonlyMap<string, readonly Major[]>;
  /** Verified companies hiring in each family (all verified companies under "*"). */
  employers: ReadonlyMap<string, readonly Company[]>;
  trainingCourses: ReadonlyMap<string, readonly TrainingCourse[]>;
  families: ReadonlyMap<string, Pair>;
  roleNames: ReadonlyMap<string, Pair>;
}

export function createStudentPool(
  ctx: DemoContext,
  data: { colleges: readonly College[]; majors: readonly Major[]; companies: readonly Company[] },
): StudentPool {
  const majorsByCollege = new Map<string, Major[]>();
  for (const major of data.majors)
    majorsByCollege.set(major.collegeId, [...(majorsByCollege.get(major.collegeId) ?? []), major]);
  const verified = data.companies.filter((c) => c.verificationStatus === "VERIFIED");
  const employers = new Map<string, Company[]>([["*", verified]]);
  for (const family of ctx.catalogue.families)
    employers.set(
      family.key,
      verified.filter((c) => (INDUSTRY_FAMILIES[c.industry as IndustryKey]?.[family.key] ?? 0) > 0),
    );
  const trainingCourses = new Map<string, TrainingCourse[]>();
  for (const base of ctx.catalogue.trainingBases)
    for (const course of base.courses)
      for (const unit of course.abilityUnits)
        trainingCourses.set(unit, [
          ...(trainingCourses.get(unit) ?? []),
          { course: [course.nameZh, course.nameEn], base: [base.nameZh, base.nameEn] },
        ]);
  return {
    colleges: new Map(data.colleges.map((c) => [c.key, c])),
    majorsByCollege,
    employers,
    trainingCourses,
    families: new Map(ctx.catalogue.families.map((f) => [f.key, [f.nameZh, f.nameEn] as const])),
    roleNames: new Map([...ctx.index.roles.values()].map((r) => [r.key, [r.nameZh, r.nameEn] as const])),
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

const HOUR = 3_600_000;

/** Midnight in Hangzhou of the day `time` falls on. */
function dayInHangzhou(time: number): Date {
  const local = new Date(time + 8 * HOUR);
  return new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - 8 * HOUR);
}

/** A date of the demo's calendar (2026/27 school year), moved along with `now`. */
function demoDate(now: Date, year: number, month: number, day: number): Date {
  return dayInHangzhou(now.getTime() - DEMO_PRESENT + Date.UTC(year, month - 1, day) - 8 * HOUR);
}

/** "Platform operation" → "platform operation" in a sentence; "DTC brand building" stays. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name;
}

/** Skill names that start with a common word, lower-cased mid-sentence ("… and freight quotes and booking"). */
const COMMON_FIRST_WORDS = new Set(
  "Affiliate Applied Business Chat Cross-border Email Export Factory Financial Freight Generative Influencer Last-mile Live Live-stream Patent Product Project Quality Short-video Trademark Warehouse".split(
    " ",
  ),
);

function skillInSentence(name: string): string {
  return COMMON_FIRST_WORDS.has(name.split(" ")[0]!) ? inSentence(name) : name;
}

function withArticle(phrase: string): string {
  return `${/^[aeiou]/i.test(phrase) ? "an" : "a"} ${phrase}`;
}

function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

const TWO_CHARACTER_NAMES = {
  female: GIVEN_NAMES.female.filter(([zh]) => zh.length === 2),
  male: GIVEN_NAMES.male.filter(([zh]) => zh.length === 2),
};
const ONE_CHARACTER_NAMES = {
  female: GIVEN_NAMES.female.filter(([zh]) => zh.length === 1),
  male: GIVEN_NAMES.male.filter(([zh]) => zh.length === 1),
};
const SURNAME_WEIGHTS = SURNAMES.map(([zh, en, w]) => [[zh, en] as const, w] as const);

interface Person {
  gender: Gender;
  nameZh: string;
  nameEn: string;
  country: Country | null;
}

function chineseName(rng: Rng, gender: Gender): Person {
  const [surnameZh, surnameEn] = rng.weighted(SURNAME_WEIGHTS);
  const [givenZh, givenEn] = rng.pick(rng.chance(0.88) ? TWO_CHARACTER_NAMES[gender] : ONE_CHARACTER_NAMES[gender]);
  // English order: given name first ("Yuting Chen").
  return { gender, nameZh: surnameZh + givenZh, nameEn: `${capitalize(givenEn)} ${surnameEn}`, country: null };
}

function internationalName(rng: Rng, gender: Gender): Person {
  const country = rng.weighted(COUNTRIES.map((c) => [c, c.weight] as const));
  const [givenEn, givenZh] = rng.pick(country.given[gender]);
  const family = rng.pick(country.family);
  const [familyEn, familyZh]: Named = Array.isArray(family[0])
    ? (family as readonly [Named, Named])[gender === "male" ? 0 : 1]
    : (family as Named);
  if (country.order === "given-family")
    return { gender, country, nameZh: `${givenZh}·${familyZh}`, nameEn: `${givenEn} ${familyEn}` };
  // Vietnamese and Korean names are written in characters in Chinese, family name first. In
  // English, Vietnamese names keep their order (Nguyễn Thị Lan); Korean ones usually turn (Min-ji Kim).
  const nameEn = country.key === "kr" ? `${givenEn} ${familyEn}` : `${familyEn} ${givenEn}`;
  return { gender, country, nameZh: familyZh + givenZh, nameEn };
}

/** "student0042" */
export function studentLocalPart(number: number): string {
  return `student${String(number).padStart(4, "0")}`;
}

/**
 * A phone number that reaches nobody: 154 is a mobile prefix no Chinese operator has been given
 * (MIIT's numbering plan leaves it unassigned), then 0000 and the student's number. It passes a
 * format check like /^1[3-9]\d{9}$/ but is never a subscriber's.
 */
export function demoPhone(number: number): string {
  return `154${String(number).padStart(8, "0")}`;
}

// ---------------------------------------------------------------------------------------------
// A student

interface Status {
  graduated: boolean;
  zh: string;
  en: string;
}

function status(year: number, degree: Education): Status {
  if (year <= DEMO_SCHOOL_YEAR) return { graduated: true, zh: "毕业生", en: "graduate" };
  if (year === DEMO_SCHOOL_YEAR + 1) return { graduated: false, zh: "应届毕业生", en: "final-year student" };
  const yearOfStudy = (degree === "ASSOCIATE" ? 3 : 4) - (year - DEMO_SCHOOL_YEAR - 1);
  return {
    graduated: false,
    zh: "在读生",
    en: `${["first", "second", "third", "fourth"][Math.max(0, yearOfStudy - 1)]}-year student`,
  };
}

function languageLevel(ctx: DemoContext, key: string): CatalogueLanguageLevel {
  const language = key.slice(0, key.indexOf("-"));
  const level = ctx.index.levels.get(language)?.find((l) => l.key === key);
  if (!level) throw new Error(`Language level "${key}" is not in the catalogue`);
  return level;
}

interface Internship {
  company: Company;
  family: string;
  role: Pair;
  duties: Pair[];
  start: Date;
  end: Date | null;
  months: number;
  kind: "INTERNSHIP" | "JOB";
}

interface Shop {
  marketplace: string;
  category: readonly [string, string, string];
  orders: number;
  start: Date;
  end: Date | null;
}

interface Achievement {
  kind: CertificationKind;
  name: Pair;
  issuer: Pair;
  year: number;
  skills: readonly string[];
  families: readonly string[];
}

/** The college and major: weighted by how many students each has (international ones: where they study). */
function placeStudent(
  rng: Rng,
  pool: StudentPool,
  international: boolean,
  overrides: StudentOverrides,
): { college: College; major: Major } {
  const collegeKey = overrides.collegeKey ?? rng.weightedKey(international ? INTERNATIONAL_COLLEGES : COLLEGE_WEIGHTS);
  const college = pool.colleges.get(collegeKey) ?? pool.colleges.values().next().value;
  if (!college) throw new Error("No colleges to place students in");
  const majors = pool.majorsByCollege.get(college.id) ?? [];
  const allowed = international ? majors.filter((m) => INTERNATIONAL_MAJORS[m.key]) : majors;
  const choices = allowed.length > 0 ? allowed : majors;
  const forced = overrides.majorKey ? choices.find((m) => m.key === overrides.majorKey) : undefined;
  const major =
    forced ??
    rng.weighted(
      choices.map((m) => [m, (international ? INTERNATIONAL_MAJORS[m.key] : MAJOR_WEIGHTS[m.key]) ?? 1] as const),
    );
  return { college, major };
}

/**
 * A demo student numbered `number` (1-based: student0001@…). Draws only from `rng`, so student n
 * is the same at any scale as long as the same companies exist.
 */
export function buildStudent(
  rng: Rng,
  ctx: DemoContext,
  pool: StudentPool,
  number: number,
  overrides: StudentOverrides = {},
): BuiltStudent {
  const userId = rng.id();
  const profileId = rng.id();
  const international = overrides.international ?? rng.chance(0.045);
  const completeness = overrides.completeness ?? rng.weightedKey(COMPLETENESS);
  const complete = completeness === "complete";
  const sparse = completeness === "sparse";

  const { college, major } = placeStudent(rng, pool, international, overrides);
  const content: MajorProfile | undefined = MAJOR_PROFILES[major.key];
  if (!content) throw new Error(`No student content for major "${major.key}"`);
  const degree = major.degree;
  const associate = degree === "ASSOCIATE";
  const graduationYear =
    overrides.graduationYear ?? Number(rng.weightedKey<`${keyof typeof GRADUATION_YEARS}`>(GRADUATION_YEARS));
  const state = status(graduationYear, degree);
  const enrolled = graduationYear - (associate ? 3 : 4);

  // Person
  const gender: Gender = rng.chance(international ? 0.5 : content.female) ? "female" : "male";
  const person = international ? internationalName(rng, gender) : chineseName(rng, gender);
  // International students mostly use the portal in English, a few Chinese students do too.
  const english = rng.chance(international ? 0.85 : 0.04);
  const locale = overrides.locale ?? (english ? "en" : "zh-CN");
  const zhFirst = locale === "zh-CN";
  const say = ([zh, en]: Pair) => (zhFirst ? zh : en);

  // Account dates: the class of 2028 signed up recently, graduates up to 14 months ago.
  const registeredDaysAgo = state.graduated
    ? rng.int(30, 420)
    : graduationYear === DEMO_SCHOOL_YEAR + 1
      ? rng.int(3, 400)
      : rng.int(1, 200);
  const createdAt = before(ctx.now, registeredDaysAgo, rng.int(0, 1439));
  const stamp = (minutes: number) => {
    const at = after(createdAt, 0, minutes);
    return at > ctx.now ? ctx.now : at;
  };
  const updatedAt = sparse ? stamp(rng.int(2, 30)) : stamp(rng.int(0, registeredDaysAgo) * 1440 + rng.int(5, 600));

  // What they look for
  const familyWeights: Record<string, number> = { ...content.families };
  if (international)
    for (const [k, w] of Object.entries(INTERNATIONAL_FAMILIES)) familyWeights[k] = (familyWeights[k] ?? 0) + w;
  const familyCount = sparse ? rng.int(0, 1) : complete ? rng.int(1, 3) : rng.int(1, 2);
  const desiredFamilies = sampleWeighted(rng, Object.entries(familyWeights), familyCount);
  const mainFamily = desiredFamilies[0] ?? rng.weightedKey(familyWeights);

  // Own shop
  const shop: Shop | null =
    !sparse && rng.chance(content.ownShop * (complete ? 1.2 : 0.6))
      ? (() => {
          const startYear = Math.max(enrolled + 1, DEMO_SCHOOL_YEAR - 2);
          let start = demoDate(ctx.now, startYear, rng.int(3, 10), rng.int(1, 28));
          if (start > ctx.now) start = dayInHangzhou(ctx.now.getTime() - 60 * DAY);
          const closed = state.graduated || rng.chance(0.4) ? after(start, rng.int(90, 400)) : null;
          return {
            marketplace: rng.weightedKey(OWN_SHOP_MARKETPLACES),
            category: rng.pick(CATEGORIES),
            orders: roundTo(rng.int(30, 1200), 10),
            start,
            end: closed && closed < ctx.now ? closed : null,
          };
        })()
      : null;

  // Internships and jobs at the demo's companies
  const internships: Internship[] = [];
  const internshipCount = sparse
    ? 0
    : state.graduated
      ? rng.int(1, 2)
      : graduationYear === DEMO_SCHOOL_YEAR + 1
        ? complete
          ? rng.weighted([
              [0, 20],
              [1, 55],
              [2, 25],
            ] as const)
          : rng.weighted([
              [0, 60],
              [1, 40],
            ] as const)
        : rng.weighted([
            [0, 75],
            [1, 25],
          ] as const);
  for (let k = 0; k < internshipCount; k++) {
    const family = k === 0 ? mainFamily : rng.weighted(Object.entries(familyWeights));
    const employers = pool.employers.get(family)?.length
      ? pool.employers.get(family)!
      : (pool.employers.get("*") ?? []);
    if (employers.length === 0) break;
    const company = rng.pick(employers);
    // Summer internships of the last two summers; final-year students also intern this autumn.
    const summer = DEMO_SCHOOL_YEAR - (state.graduated ? DEMO_SCHOOL_YEAR - graduationYear + 1 : 0) - k;
    const autumn = k === 0 && graduationYear === DEMO_SCHOOL_YEAR + 1 && rng.chance(0.35);
    const start = autumn
      ? demoDate(ctx.now, DEMO_SCHOOL_YEAR, rng.pick([9, 10]), rng.int(1, 20))
      : demoDate(ctx.now, Math.max(summer, enrolled + 1), rng.pick([6, 7, 7]), rng.int(1, 15));
    const months = autumn ? 0 : rng.int(2, 3);
    const end = autumn ? null : after(start, months * 30 + rng.int(-5, 10));
    internships.push({
      company,
      family,
      role: rng.pick(INTERN_ROLES[family] ?? INTERN_ROLES["platform-operation"]!),
      duties: rng.sample(INTERN_DUTIES[family] ?? [], rng.int(1, 2)),
      start,
      end,
      months: Math.max(months, 1),
      kind: "INTERNSHIP",
    });
  }
  // Graduates job-hopping at the fair: their first job after graduating.
  if (state.graduated && !sparse && rng.chance(0.55)) {
    const employers = pool.employers.get(mainFamily)?.length
      ? pool.employers.get(mainFamily)!
      : (pool.employers.get("*") ?? []);
    const juniors = (ctx.index.rolesByFamily.get(mainFamily) ?? []).filter((r) => r.level === "JUNIOR");
    if (employers.length > 0 && juniors.length > 0) {
      const role = rng.pick(juniors);
      const start = demoDate(ctx.now, graduationYear, 7, rng.int(1, 20));
      const left = rng.chance(0.4);
      const end = left ? dayInHangzhou(ctx.now.getTime() - rng.int(10, 90) * DAY) : null;
      internships.push({
        company: rng.pick(employers),
        family: mainFamily,
        role: pool.roleNames.get(role.key) ?? [role.nameZh, role.nameEn],
        duties: rng.sample(INTERN_DUTIES[mainFamily] ?? [], 2),
        start,
        end: end && end > start ? end : null,
        months: 0,
        kind: "JOB",
      });
    }
  }
  const latestInternship = internships.filter((x) => x.kind === "INTERNSHIP").at(0) ?? null;

  // Certificates and awards
  const achievements: Achievement[] = [];
  const eligible = (only?: "ASSOCIATE" | "BACHELOR") => !only || only === degree;
  const certificateCount = sparse
    ? 0
    : complete
      ? rng.weighted([
          [0, 15],
          [1, 45],
          [2, 30],
          [3, 10],
        ] as const)
      : rng.weighted([
          [0, 60],
          [1, 40],
        ] as const);
  const certificateWeights = Object.entries(content.certificates).filter(
    ([key]) => CERTIFICATES[key] && eligible(CERTIFICATES[key].only) && !(international && key === "putonghua"),
  );
  const firstYear = Math.max(enrolled + 1, 2022);
  const lastYear = Math.min(graduationYear, DEMO_SCHOOL_YEAR);
  for (const key of sampleWeighted(rng, certificateWeights, certificateCount)) {
    const seed = CERTIFICATES[key]!;
    achievements.push({
      kind: "CERTIFICATE",
      name: seed.name,
      issuer: seed.issuer,
      year: rng.int(firstYear, lastYear),
      skills: seed.skills,
      families: seed.families,
    });
  }
  const awardCount = sparse
    ? 0
    : complete
      ? rng.weighted([
          [0, 45],
          [1, 40],
          [2, 15],
        ] as const)
      : rng.weighted([
          [0, 80],
          [1, 20],
        ] as const);
  const awardWeights: [string, number][] = Object.entries(content.awards).filter(
    ([key]) => AWARDS[key] && eligible(AWARDS[key].only),
  );
  if (international) awardWeights.push(["intl-live", 3]);
  for (const key of sampleWeighted(rng, awardWeights, awardCount)) {
    const seed = AWARDS[key]!;
    const [roundZh, roundEn] = rng.weighted(seed.rounds.map(([zh, en, w]) => [[zh, en] as const, w] as const));
    const [prizeZh, prizeEn] = rng.weighted(
      (seed.prizes ?? PRIZES).map(([zh, en, w]) => [[zh, en] as const, w] as const),
    );
    const templated = seed.name[0].includes("{prize}");
    const name: Pair = templated
      ? [fill(seed.name[0], { prize: prizeZh }), fill(seed.name[1], { prize: prizeEn })]
      : [
          `${seed.name[0]}${roundZh}${prizeZh}`,
          prizeEn ? `${prizeEn}, ${seed.name[1]}${roundEn ? ` (${roundEn})` : ""}` : seed.name[1],
        ];
    achievements.push({
      kind: "AWARD",
      name: [spaceZh(name[0]), name[1]],
      issuer: seed.issuer ?? [college.nameZh, college.nameEn],
      year: rng.int(firstYear, lastYear),
      skills: seed.skills,
      families: seed.families,
    });
  }
  achievements.sort((a, b) => b.year - a.year);

  // Marketplaces used
  const marketplaceKeys = new Set<string>();
  if (shop) marketplaceKeys.add(shop.marketplace);
  const mpEntries = Object.entries(content.marketplaces);
  if (!sparse && mpEntries.length > 0 && rng.chance(complete ? 0.85 : 0.5))
    for (const mp of sampleWeighted(rng, mpEntries, complete ? rng.int(1, 3) : 1)) marketplaceKeys.add(mp);
  const marketplaces = [...marketplaceKeys];

  // Skills: the major's tools, the back offices of the marketplaces used, what certificates prove
  const skillWeights = new Map<string, number>(Object.entries(content.skills));
  if (international)
    for (const [k, w] of Object.entries(INTERNATIONAL_SKILLS)) skillWeights.set(k, (skillWeights.get(k) ?? 0) + w);
  for (const mp of marketplaces) {
    const backend = BACKEND_SKILL[mp];
    if (backend) skillWeights.set(backend, (skillWeights.get(backend) ?? 0) + 6);
  }
  const skillCount = sparse
    ? rng.weighted([
        [0, 60],
        [1, 25],
        [2, 15],
      ] as const)
    : complete
      ? rng.int(4, 8)
      : rng.int(2, 4);
  const skillKeys = sampleWeighted(rng, [...skillWeights], skillCount).filter((k) => ctx.index.skills.has(k));
  if (shop) {
    const backend = BACKEND_SKILL[shop.marketplace];
    if (backend && !skillKeys.includes(backend) && ctx.index.skills.has(backend)) skillKeys.push(backend);
  }

  // Evidence that fits: a certificate or award only where it proves that skill or family.
  const proves = (a: Achievement, skill: string | null, family: string | null) =>
    skill ? a.skills.includes(skill) : family !== null && a.families.includes(family);
  const course = (): Pair => rng.pick(content.courses);
  const companyName = (c: Company): Pair => [c.nameZh, c.nameEn];
  const mpName = (key: string): Pair => TITLE_NAMES[key] ?? [key, key];
  const evidenceNote = (
    evidence: EvidenceType | null,
    skill: string | null,
    family: string | null,
    unit?: string,
  ): string => {
    switch (evidence) {
      case "COURSE": {
        const training = unit ? pool.trainingCourses.get(unit) : undefined;
        if (training && rng.chance(0.3)) {
          const t = rng.pick(training);
          return zhFirst ? `培训：${t.base[0]}·${t.course[0]}` : `Training: ${t.course[1]}, ${t.base[1]}`;
        }
        const [zh, en] = course();
        return zhFirst ? `课程：${zh}` : `Course: ${en}`;
      }
      case "CERTIFICATE":
      case "COMPETITION": {
        const kind = evidence === "CERTIFICATE" ? "CERTIFICATE" : "AWARD";
        const proof = achievements.find((a) => a.kind === kind && proves(a, skill, family));
        return proof ? say(proof.name) : "";
      }
      case "INTERNSHIP":
        return latestInternship
          ? zhFirst
            ? `${latestInternship.company.nameZh}实习`
            : `Internship at ${latestInternship.company.nameEn}`
          : "";
      case "OWN_SHOP":
        return shop
          ? zhFirst
            ? `个人${mpName(shop.marketplace)[0]}店铺`
            : `My own ${mpName(shop.marketplace)[1]} shop`
          : "";
      default:
        return "";
    }
  };
  const chooseEvidence = (skill: string | null, family: string | null): EvidenceType => {
    const weights: [EvidenceType, number][] = [["COURSE", 50]];
    if (achievements.some((a) => a.kind === "CERTIFICATE" && proves(a, skill, family)))
      weights.push(["CERTIFICATE", skill ? 120 : 30]);
    if (achievements.some((a) => a.kind === "AWARD" && proves(a, skill, family)))
      weights.push(["COMPETITION", skill ? 60 : 15]);
    if (latestInternship) weights.push(["INTERNSHIP", family && latestInternship.family === family ? 60 : 20]);
    if (shop)
      weights.push([
        "OWN_SHOP",
        skill === BACKEND_SKILL[shop.marketplace] ? 200 : family === "platform-operation" ? 30 : 8,
      ]);
    return rng.weighted(weights);
  };
  const relationStamp = (minutes: number) => {
    const at = stamp(minutes + rng.int(0, 30));
    return { createdAt: at, updatedAt: at, profileId };
  };

  const skills: StudentSkill[] = skillKeys.map((skill) => {
    const evidence: EvidenceType | null = rng.chance(sparse ? 0.7 : 0.12) ? null : chooseEvidence(skill, null);
    const practised = evidence === "INTERNSHIP" || evidence === "OWN_SHOP" || evidence === "CERTIFICATE";
    const level = rng.weighted(
      practised || state.graduated
        ? ([
            [1, 20],
            [2, 60],
            [3, 20],
          ] as const)
        : ([
            [1, 50],
            [2, 40],
            [3, 10],
          ] as const),
    );
    return {
      id: rng.id(),
      ...relationStamp(20),
      skillId: ctx.ids.skill(skill),
      level,
      evidence,
      evidenceNote: evidence ? evidenceNote(evidence, skill, null) : "",
    };
  });

  // Ability units of junior roles (and, for graduates with experience, intermediate ones) of the families sought
  const abilityUnits: StudentAbilityUnit[] = [];
  if (!sparse) {
    const seen = new Set<string>();
    for (const family of desiredFamilies.slice(0, complete ? 2 : 1)) {
      const roles = ctx.index.rolesByFamily.get(family) ?? [];
      const experienced = internships.some((x) => x.family === family) && state.graduated;
      const levelRoles = roles.filter((r) => r.level === "JUNIOR" || (experienced && r.level === "INTERMEDIATE"));
      if (levelRoles.length === 0) continue;
      const role = rng.pick(levelRoles);
      const units = rng.sample(role.abilityUnits, complete ? rng.int(2, 4) : rng.int(1, 2));
      for (const unit of units) {
        if (seen.has(unit.key)) continue;
        seen.add(unit.key);
        const evidence = chooseEvidence(null, family);
        const level = rng.weighted(
          evidence === "COURSE"
            ? ([
                [1, 65],
                [2, 32],
                [3, 3],
              ] as const)
            : ([
                [1, 30],
                [2, 55],
                [3, 15],
              ] as const),
        );
        abilityUnits.push({
          id: rng.id(),
          ...relationStamp(40),
          abilityUnitId: ctx.ids.abilityUnit(unit.key),
          level,
          evidence,
          evidenceNote: evidenceNote(evidence, null, family, unit.key),
        });
      }
    }
  }

  // Languages
  const levelKeys = new Map<string, string>();
  const addLevel = (key: string) => {
    const language = key.slice(0, key.indexOf("-"));
    if (!levelKeys.has(language)) levelKeys.set(language, key);
  };
  if (international && person.country) {
    for (const options of person.country.languages) addLevel(rng.weighted(options));
    addLevel(
      associate
        ? rng.weighted([
            ["zh-hsk-3", 30],
            ["zh-hsk-4", 50],
            ["zh-hsk-5", 20],
          ] as const)
        : rng.weightedKey(HSK),
    );
  } else {
    if (content.language) addLevel(rng.weighted(content.language));
    const english = rng.weightedKey<string>(associate ? ENGLISH_ASSOCIATE : ENGLISH_BACHELOR);
    if (english !== "none" && (!sparse || rng.chance(0.7))) addLevel(english);
    if (!sparse && !content.language && rng.chance(0.07)) addLevel(rng.weightedKey<string>(EXTRA_LANGUAGES));
  }
  const languages: StudentLanguage[] = [...levelKeys].map(([language, level]) => ({
    id: rng.id(),
    ...relationStamp(10),
    languageId: ctx.ids.language(language),
    levelId: ctx.ids.languageLevel(level),
  }));
  const hsk = levelKeys.get("zh")?.replace("zh-hsk-", "") ?? "";

  // Sections as rows
  const certifications: Certification[] = achievements.map((a) => ({
    id: rng.id(),
    ...relationStamp(60),
    kind: a.kind,
    name: say(a.name),
    issuer: say(a.issuer),
    year: a.year,
  }));
  const experiences: Experience[] = [];
  for (const x of internships) {
    const [organisationZh, organisationEn] = companyName(x.company);
    experiences.push({
      id: rng.id(),
      ...relationStamp(80),
      kind: x.kind,
      organisation: zhFirst ? organisationZh : organisationEn,
      role: say(x.role),
      startDate: x.start,
      endDate: x.end,
      description: zhFirst
        ? spaceZh(x.duties.map(([zh]) => `${zh}。`).join(""))
        : x.duties.map(([, en]) => `${capitalize(en)}.`).join(" "),
    });
  }
  if (shop) {
    const [mpZh, mpEn] = mpName(shop.marketplace);
    experiences.push({
      id: rng.id(),
      ...relationStamp(90),
      kind: "OWN_SHOP",
      organisation: zhFirst
        ? spaceZh(`个人${mpZh}店铺（${shop.category[1]}）`)
        : `My own ${mpEn} shop (${shop.category[2]})`,
      role: zhFirst ? "店主" : "Owner",
      startDate: shop.start,
      endDate: shop.end,
      description: zhFirst
        ? spaceZh(`从选品、上架到发货和售后都由自己完成，累计完成 ${shop.orders} 多单。`)
        : `Did everything myself, from choosing products and listing them to shipping and after-sales; more than ${shop.orders} orders so far.`,
    });
  }
  if (complete && rng.chance(0.3)) {
    const [zh, en] = course();
    const start = demoDate(ctx.now, lastYear - (rng.chance(0.5) ? 1 : 0), rng.pick([3, 9]), rng.int(1, 20));
    const end = after(start, rng.int(30, 100));
    experiences.push({
      id: rng.id(),
      ...relationStamp(95),
      kind: "PROJECT",
      organisation: zhFirst ? college.nameZh : college.nameEn,
      role: zhFirst ? rng.pick(["项目组长", "组员"]) : rng.pick(["Team lead", "Team member"]),
      startDate: start,
      endDate: end > ctx.now ? null : end,
      description: zhFirst
        ? spaceZh(
            `“${zh}”课程的团队项目：为一家合作企业做${rng.pick(["海外市场调研", "店铺诊断", "新品上市方案", "社媒推广方案"])}，并向企业导师汇报。`,
          )
        : `Team project for the "${en}" course: ${rng.pick(["overseas market research", "a store review", "a product launch plan", "a social media plan"])} for a partner company, presented to its mentor.`,
    });
  }
  experiences.sort((a, b) => b.startDate.getTime() - a.startDate.getTime());

  // Headline and summary, from sentence pairs
  const family = pool.families.get(mainFamily) ?? [mainFamily, mainFamily];
  const desiredCities: string[] = international
    ? ["hangzhou", ...(rng.chance(0.1) ? [rng.weightedKey(OTHER_CITIES)] : [])]
    : sparse
      ? rng.chance(0.5)
        ? ["hangzhou"]
        : []
      : [
          "hangzhou",
          ...sampleWeighted(
            rng,
            Object.entries(OTHER_CITIES),
            rng.weighted([
              [0, 60],
              [1, 30],
              [2, 10],
            ] as const),
          ),
        ];
  if (!international && !sparse && rng.chance(0.12)) desiredCities.reverse(); // from elsewhere in Zhejiang, going home
  const city = findCity(desiredCities[0] ?? "hangzhou")!;
  const skillNames = skillKeys.slice(0, 3).map((k) => ctx.index.skills.get(k)!);
  const langTexts: Pair[] = [...levelKeys].map(([language, key]) => {
    const level = languageLevel(ctx, key);
    const [lzh, len] = ctx.index.languageNames.get(language) ?? [language, language];
    return level.scale === "general"
      ? [`${lzh}（${level.nameZh}）`, `${len} (${level.nameEn.toLowerCase()})`]
      : [level.nameZh, level.nameEn];
  });
  const award = achievements.find((a) => a.kind === "AWARD");
  const mp = shop?.marketplace ?? marketplaces[0];
  const courses = rng.sample(content.courses, 3);
  const degreeZh = associate ? "专科" : "本科";
  const vars: Record<string, string> = {
    college: college.nameZh,
    collegeEn: college.nameEn,
    major: major.nameZh,
    majorEn: major.nameEn,
    year: String(graduationYear),
    degree: degreeZh,
    aDegreeEn: associate ? "an associate-degree" : "a bachelor's",
    degreeNounEn: associate ? "associate degree" : "bachelor's degree",
    graduatesEn: state.graduated ? "graduated in" : "graduating in",
    status: state.zh,
    statusEn: state.en,
    family: family[0],
    familyEn: inSentence(family[1]),
    aFamilyEn: withArticle(inSentence(family[1])),
    city: city.nameZh,
    cityEn: city.nameEn,
    mp: mp ? mpName(mp)[0] : "",
    mpEn: mp ? mpName(mp)[1] : "",
    cat: shop?.category[1] ?? "",
    catEn: shop?.category[2] ?? "",
    orders: String(shop?.orders ?? 0),
    company: latestInternship?.company.nameZh ?? "",
    companyEn: latestInternship?.company.nameEn ?? "",
    months: String(latestInternship?.months ?? 0),
    duty: latestInternship?.duties[0]?.[0] ?? "",
    dutyEn: latestInternship?.duties[0]?.[1] ?? "",
    skills: joinZh(skillNames.map(([zh]) => zh)),
    skillsEn: joinEn(skillNames.map(([, en]) => skillInSentence(en))),
    langs: langTexts.map(([zh]) => zh).join("、"),
    langsEn: langTexts.map(([, en]) => en).join(", "),
    award: award?.name[0] ?? "",
    awardEn: award?.name[1] ?? "",
    country: person.country?.nameZh ?? "",
    countryEn: person.country?.nameEn ?? "",
    hsk,
    courses: joinZh(courses.map(([zh]) => zh)),
    coursesEn: joinEn(courses.map(([, en]) => en)),
  };
  const facts = {
    mp: Boolean(mp),
    shop: Boolean(shop),
    internship: Boolean(latestInternship),
    skills: skillNames.length >= 2,
    international: international && hsk !== "",
    langs: langTexts.length > 0,
    award: Boolean(award),
  };
  const usable = (sentences: readonly Sentence[]) => sentences.filter((s) => (s.needs ?? []).every((n) => facts[n]));
  const pickSentence = (sentences: readonly Sentence[]): Pair | null => {
    const options = usable(sentences);
    return options.length > 0 ? rng.pick(options).text : null;
  };
  const render = (pairs: readonly Pair[]): Pair => [
    spaceZh(pairs.map(([zh]) => fill(zh, vars)).join("")),
    pairs.map(([, en]) => fill(en, vars)).join(" "),
  ];

  let headline: Pair = ["", ""];
  let summary: Pair = ["", ""];
  if (!sparse) {
    const fitting = usable(HEADLINES)
      .map((h) => ({ needs: h.needs, text: render([h.text]) }))
      .filter(({ text: [zh, en] }) => zh.length <= HEADLINE_MAX && en.length <= HEADLINE_MAX);
    // The more specific headlines (they need a fact) first when the student has the facts.
    const specific = fitting.filter((h) => h.needs?.length);
    headline = (specific.length > 0 && rng.chance(0.6) ? rng.pick(specific) : rng.pick(fitting)).text;
    const parts: Pair[] = [];
    const intro = pickSentence(
      INTRO_SENTENCES.filter((x) => (x.needs ?? []).includes("international") === facts.international),
    );
    if (intro) parts.push(intro);
    if (complete && rng.chance(0.6)) parts.push(rng.pick(COURSE_SENTENCES).text);
    const experience = pickSentence(EXPERIENCE_SENTENCES);
    if (experience) parts.push(experience);
    if (complete || rng.chance(0.5)) {
      const skill = pickSentence(SKILL_SENTENCES);
      if (skill) parts.push(skill);
    }
    if (complete && rng.chance(0.7)) {
      const language = pickSentence(LANGUAGE_SENTENCES);
      if (language) parts.push(language);
    }
    if (complete) {
      const prize = pickSentence(AWARD_SENTENCES);
      if (prize) parts.push(prize);
    }
    if (rng.chance(complete ? 0.8 : 0.4)) parts.push(rng.pick(TRAIT_SENTENCES));
    parts.push(rng.pick(GOAL_SENTENCES).text);
    summary = render(parts);
    // Partial profiles were often filled in one language only.
    if (completeness === "partial" && rng.chance(0.55)) {
      summary = zhFirst ? [summary[0], ""] : ["", summary[1]];
      if (rng.chance(0.5)) headline = zhFirst ? [headline[0], ""] : ["", headline[1]];
    }
  }

  // Portfolio
  const portfolioCount = sparse
    ? 0
    : rng.chance(content.portfolio * (complete ? 1 : 0.5))
      ? complete
        ? rng.int(1, 3)
        : 1
      : 0;
  const topics = PORTFOLIO_TOPICS.filter(([skill]) => skillKeys.includes(skill)).map(([, slug]) => slug);
  const portfolioLinks = (
    topics.length > 0
      ? rng.sample(topics, portfolioCount)
      : rng.sample(["shop-case-study", "course-projects", "resume-site"], portfolioCount)
  ).map((slug) => `https://portfolio.example.com/${studentLocalPart(number)}/${slug}`);

  // Pay and start
  const [lo, hi] = SALARY_BY_FAMILY[mainFamily] ?? [5000, 7500];
  const salaryFactor =
    (associate ? 0.85 : 1) * (state.graduated && internships.some((x) => x.kind === "JOB") ? 1.15 : 1);
  const desiredSalaryMin = sparse
    ? rng.chance(0.2)
      ? roundTo(rng.int(lo, hi) * salaryFactor, 500)
      : null
    : rng.chance(complete ? 0.95 : 0.7)
      ? roundTo(rng.int(lo, hi) * salaryFactor, 500)
      : null;
  const availableFrom =
    sparse && rng.chance(0.6)
      ? null
      : state.graduated
        ? dayInHangzhou(ctx.now.getTime() + rng.int(0, 30) * DAY)
        : graduationYear === DEMO_SCHOOL_YEAR + 1
          ? rng.chance(0.4)
            ? dayInHangzhou(ctx.now.getTime() + rng.int(7, 60) * DAY) // a graduation internship first
            : demoDate(ctx.now, graduationYear, 7, 1)
          : demoDate(ctx.now, DEMO_SCHOOL_YEAR + 1, rng.pick([1, 7]), 1);

  const user = buildUser(rng, {
    id: userId,
    email: demoEmail(studentLocalPart(number)),
    locale,
    createdAt,
    updatedAt,
  });
  const phone = rng.chance(sparse ? 0.5 : 0.95) ? demoPhone(number) : null;
  const profile: StudentProfile = {
    id: profileId,
    createdAt,
    updatedAt,
    userId,
    fullNameZh: person.nameZh,
    fullNameEn: sparse && !international && rng.chance(0.5) ? "" : person.nameEn,
    phone,
    city:
      sparse && rng.chance(0.5)
        ? null
        : international
          ? "hangzhou"
          : rng.chance(0.85)
            ? "hangzhou"
            : rng.weightedKey(OTHER_CITIES),
    headlineZh: headline[0],
    headlineEn: headline[1],
    summaryZh: summary[0],
    summaryEn: summary[1],
    collegeId: college.id,
    majorId: major.id,
    degree,
    graduationYear,
    desiredFamilies,
    desiredCities,
    desiredSalaryMin,
    availableFrom,
    portfolioLinks,
    resumeId: null,
    personalised: true,
  };

  // Consents (PIPL: separate, versioned); some students withdrew being discoverable
  const consents: Consent[] = [];
  const consent = (purpose: Consent["purpose"], givenAt: Date, withdrawnAt: Date | null): Consent => ({
    id: rng.id(),
    createdAt: givenAt,
    updatedAt: withdrawnAt ?? givenAt,
    userId,
    purpose,
    version: CONSENT_VERSIONS[purpose],
    givenAt,
    withdrawnAt,
  });
  const shareOnApply = overrides.shareOnApply ?? rng.chance(SHARE_ON_APPLY[completeness]);
  if (shareOnApply) consents.push(consent("SHARE_ON_APPLY", stamp(rng.int(1, 20)), null));
  const discoverable = overrides.discoverable ?? rng.chance(DISCOVERABLE[completeness]);
  if (discoverable)
    consents.push(consent("DISCOVERABLE", stamp(rng.int(5, 60 * 24 * Math.min(registeredDaysAgo, 60))), null));
  else if (!sparse && rng.chance(0.06)) {
    const givenAt = stamp(rng.int(5, 60 * 24 * Math.min(registeredDaysAgo, 30)));
    const withdrawnAt = new Date(
      givenAt.getTime() + Math.round((ctx.now.getTime() - givenAt.getTime()) * rng.float(0.2, 0.9)),
    );
    consents.push(consent("DISCOVERABLE", givenAt, withdrawnAt));
  }

  return {
    user,
    profile,
    skills,
    abilityUnits,
    languages,
    marketplaces: marketplaces.map((mpKey) => ({
      id: rng.id(),
      ...relationStamp(30),
      marketplaceId: ctx.ids.marketplace(mpKey),
    })),
    certifications,
    experiences,
    consents,
  };
}

/**
 * `count` students over the pool's colleges; the first ones are the README's showcase accounts.
 * Student n depends only on the seed and n (and on which companies exist for internships).
 */
export function buildStudents(root: Rng, ctx: DemoContext, pool: StudentPool, count: number): BuiltStudent[] {
  return Array.from({ length: count }, (_, i) =>
    buildStudent(root.fork(`student/${i}`), ctx, pool, i + 1, SHOWCASE_STUDENTS[i] ?? {}),
  );
}
