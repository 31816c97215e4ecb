/**
 * Factories for the demo fair: colleges, companies and jobs as plain rows ready for
 * `createMany` (ids included), built from a seeded PRNG so that the same seed always gives the
 * same rows. The seed (prisma/seed/demo.ts) and the tests use these same functions. `buildDemo`
 * adds the fair's accounts (accounts.ts: the organizer, company members, students).
 *
 * A context says which catalogue is used and how catalogue keys become database ids: in memory
 * (tests) the ids are the keys themselves (`keyIds`); when seeding they come from the database.
 * Dates are offsets from `ctx.now`, so the content is identical on every run while dates stay
 * current.
 */
import type {
  College,
  Company,
  CompanySize,
  Education,
  EmploymentType,
  Job,
  JobAbilityUnit,
  JobLanguage,
  JobMarketplace,
  JobSkill,
  JobStatus,
  Major,
  RoleLevel,
  SalaryPeriod,
  SessionJob,
  VerificationStatus,
  WorkMode,
} from "../../../app/generated/prisma/client";
import type { IndustryKey } from "../../../app/data/industries";
import { composeCreditCode, CREDIT_CODE_CHARSET } from "../../../app/utils/credit-code";
import { findCity, findDistrict, type CityKey, type District } from "../../../app/data/zhejiang";
import { flattenCatalogue, loadCatalogue, type Catalogue, type CatalogueLanguageLevel } from "../../catalogue/schema";
import { FAIRS } from "../fairs";
import { COLLEGES, MAJORS, type CollegeSeed } from "./colleges";
import {
  BENEFITS,
  BRAND_SYLLABLES,
  BUSINESS_SENTENCES,
  CITY_WEIGHTS,
  COMMON_ROADS,
  CULTURE_SENTENCES,
  DISTRICT_WEIGHTS,
  INDUSTRY_FAMILIES,
  INDUSTRY_MARKETPLACES,
  INDUSTRY_ROLE_BOOSTS,
  INDUSTRY_WEIGHTS,
  NAME_SUFFIXES,
  PROFILE_SENTENCES,
  ROADS,
} from "./companies";
import {
  ADS_SKILL,
  BACKEND_SKILL,
  CATEGORIES,
  LEVEL_WEIGHTS,
  MARKETPLACE_SITES,
  SITES,
  TITLE_NAMES,
  type Site,
} from "./markets";
import { buildAccounts, type DemoAccounts } from "./accounts";
import { after, allocate, before, fill, joinEn, joinZh, roundTo, sampleWeighted, spaceZh } from "./helpers";
import { DEMO_SEED, Rng } from "./rng";
import { FAMILY_CONTENT, ROLE_CONTENT, type FamilyContent, type Pair, type Qualifier, type RoleContent } from "./roles";

export { Rng, DEMO_SEED } from "./rng";
export { spaceZh } from "./helpers";

/** The real fair's numbers (press report): scale 1 writes exactly these. */
export const FULL_SCALE = { companies: 1_300, jobs: 15_000 } as const;

// ---------------------------------------------------------------------------------------------
// Context

/** Turns catalogue keys (and session slugs) into the ids rows refer to. */
export interface CatalogueIds {
  family(key: string): string;
  role(key: string): string;
  abilityUnit(key: string): string;
  skill(key: string): string;
  language(key: string): string;
  languageLevel(key: string): string;
  marketplace(key: string): string;
  session(slug: string): string;
}

/** In memory: every id is the key itself, so rows can be checked against the catalogue. */
export function keyIds(): CatalogueIds {
  const same = (key: string) => key;
  return {
    family: same,
    role: same,
    abilityUnit: same,
    skill: same,
    language: same,
    languageLevel: same,
    marketplace: same,
    session: same,
  };
}

type FlatRole = ReturnType<typeof flattenCatalogue>["roles"][number];

export interface DemoContext {
  catalogue: Catalogue;
  ids: CatalogueIds;
  /** Fair session slugs jobs may be offered at. */
  sessions: readonly string[];
  now: Date;
  index: {
    roles: ReadonlyMap<string, FlatRole>;
    rolesByFamily: ReadonlyMap<string, readonly FlatRole[]>;
    levels: ReadonlyMap<string, readonly CatalogueLanguageLevel[]>;
    languageNames: ReadonlyMap<string, Pair>;
    skills: ReadonlyMap<string, Pair>;
  };
  /** Names, slugs and credit codes already given out, so companies stay unique. */
  taken: { names: Set<string>; slugs: Set<string>; creditCodes: Set<string> };
  profiles: Map<string, CompanyProfile>;
}

export interface DemoContextOptions {
  catalogue?: Catalogue;
  ids?: CatalogueIds;
  /** Defaults to the sessions of prisma/seed/fairs.ts. */
  sessions?: readonly string[];
  now?: Date;
}

export const FAIR_SESSION_SLUGS: readonly string[] = FAIRS.flatMap((fair) => fair.sessions.map((s) => s.slug));

export function createDemoContext(options: DemoContextOptions = {}): DemoContext {
  const catalogue = options.catalogue ?? loadCatalogue();
  const { roles, languageLevels } = flattenCatalogue(catalogue);
  const rolesByFamily = new Map<string, FlatRole[]>();
  for (const role of roles) rolesByFamily.set(role.familyKey, [...(rolesByFamily.get(role.familyKey) ?? []), role]);
  const levels = new Map<string, CatalogueLanguageLevel[]>();
  for (const level of languageLevels) levels.set(level.languageKey, [...(levels.get(level.languageKey) ?? []), level]);
  return {
    catalogue,
    ids: options.ids ?? keyIds(),
    sessions: options.sessions ?? FAIR_SESSION_SLUGS,
    now: options.now ?? new Date(),
    index: {
      roles: new Map(roles.map((r) => [r.key, r])),
      rolesByFamily,
      levels,
      languageNames: new Map(catalogue.languages.map((l) => [l.key, [l.nameZh, l.nameEn] as const])),
      skills: new Map(catalogue.skills.map((s) => [s.key, [s.nameZh, s.nameEn] as const])),
    },
    taken: { names: new Set(), slugs: new Set(), creditCodes: new Set() },
    profiles: new Map(),
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers

const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

function jitter(rng: Rng, district: District, spread = 0.025): { latitude: number; longitude: number } {
  return {
    latitude: round6(district.latitude + rng.float(-spread, spread)),
    longitude: round6(district.longitude + rng.float(-spread, spread) * 1.15),
  };
}

function pickPlace(rng: Rng, cityKey?: CityKey): { city: CityKey; district: District } {
  const city = cityKey ?? rng.weightedKey(CITY_WEIGHTS);
  const c = findCity(city)!;
  const weights = DISTRICT_WEIGHTS[city];
  const district = weights
    ? findDistrict(city, rng.weightedKey(weights))!
    : c.districts[Math.floor(rng.next() * c.districts.length)]!;
  return { city, district };
}

interface Address {
  addressZh: string;
  addressEn: string;
  latitude: number;
  longitude: number;
}

function streetAddress(rng: Rng, city: CityKey, district: District): Address {
  const c = findCity(city)!;
  const [roadZh, roadEn] = rng.pick(ROADS[district.key] ?? COMMON_ROADS);
  const number = rng.chance(0.6) ? rng.int(1, 999) : rng.int(1000, 3999);
  const floor = rng.int(2, 24);
  const kind = rng.int(0, 2);
  const building = kind === 0 ? null : kind === 1 ? rng.int(1, 9) : rng.pick(["A", "B", "C", "D"]);
  const buildingZh = building === null ? "" : typeof building === "number" ? `${building}号楼` : `${building}座`;
  const buildingEn =
    building === null ? "" : typeof building === "number" ? `Building ${building}, ` : `Block ${building}, `;
  return {
    addressZh: `${c.nameZh}${district.nameZh}${roadZh}${number}号${buildingZh}${floor}楼`,
    addressEn: `${floor}F, ${buildingEn}No. ${number} ${roadEn}, ${district.nameEn}, ${c.nameEn}`,
    ...jitter(rng, district),
  };
}

// ---------------------------------------------------------------------------------------------
// Colleges

export function buildCollege(rng: Rng, ctx: DemoContext, seed: CollegeSeed): { college: College; majors: Major[] } {
  const createdAt = before(ctx.now, 400, rng.int(0, 1439));
  const id = rng.id();
  const college: College = {
    id,
    createdAt,
    updatedAt: createdAt,
    key: seed.key,
    nameZh: seed.nameZh,
    nameEn: seed.nameEn,
    city: "hangzhou",
    district: seed.district,
    addressZh: seed.addressZh,
    addressEn: seed.addressEn,
    latitude: seed.latitude,
    longitude: seed.longitude,
  };
  const majors = seed.majors.map((key): Major => {
    const major = MAJORS[key];
    if (!major) throw new Error(`College ${seed.key}: unknown major "${key}"`);
    const [nameZh, nameEn] = seed.degree === "ASSOCIATE" ? (major.associate ?? major.bachelor) : major.bachelor;
    return { id: rng.id(), createdAt, updatedAt: createdAt, collegeId: id, key, nameZh, nameEn, degree: seed.degree };
  });
  return { college, majors };
}

// ---------------------------------------------------------------------------------------------
// Companies

const SIZE_WEIGHTS: Record<CompanySize, number> = { MICRO: 15, SMALL: 40, MEDIUM: 30, LARGE: 10, XLARGE: 5 };
const SIZE_STAFF: Record<CompanySize, readonly [number, number, number]> = {
  MICRO: [6, 19, 1],
  SMALL: [20, 95, 5],
  MEDIUM: [100, 480, 10],
  LARGE: [500, 950, 50],
  XLARGE: [1000, 4000, 100],
};
/** Jobs a company of this size brings to the fairs, on average. */
const SIZE_JOBS: Record<CompanySize, number> = { MICRO: 3, SMALL: 7, MEDIUM: 14, LARGE: 24, XLARGE: 36 };
const SELLER_LIKE = new Set<string>([
  "cross-border-seller",
  "brand-manufacturer",
  "trading-company",
  "ecommerce-agency",
  "supply-chain",
  "live-commerce-mcn",
]);

/** What a company sells, where and from which office: derived from its id, so never stored. */
export interface CompanyProfile {
  category: readonly [key: string, zh: string, en: string];
  marketplaces: readonly string[];
  markets: readonly Site[];
  office: Address;
  foundedYear: number;
  staff: number;
}

export function companyProfile(
  ctx: DemoContext,
  company: Pick<Company, "id" | "industry" | "city" | "district" | "size">,
): CompanyProfile {
  const cacheKey = `${company.id}|${company.industry}|${company.city}|${company.district}|${company.size}`;
  const cached = ctx.profiles.get(cacheKey);
  if (cached) return cached;
  const rng = new Rng(`${DEMO_SEED}/profile/${company.id}`);
  const category = rng.pick(CATEGORIES);
  const channelWeights =
    INDUSTRY_MARKETPLACES[company.industry as IndustryKey] ?? INDUSTRY_MARKETPLACES["cross-border-seller"];
  const marketplaces = sampleWeighted(rng, Object.entries(channelWeights), rng.int(2, 4));
  const siteKeys = new Set<string>();
  for (const mp of marketplaces) siteKeys.add(rng.weighted(MARKETPLACE_SITES[mp] ?? [["global", 1]]));
  const specific = [...siteKeys].filter((k) => k !== "global");
  const markets = (specific.length > 0 ? specific : ["global"]).slice(0, 3).map((k) => SITES[k]!);
  const city = company.city as CityKey;
  const district = findDistrict(city, company.district) ?? findCity(city)!.districts[0]!;
  const [lo, hi, step] = SIZE_STAFF[company.size];
  const profile: CompanyProfile = {
    category,
    marketplaces,
    markets,
    office: streetAddress(rng, city, district),
    foundedYear: company.industry === "trading-company" ? rng.int(1998, 2016) : rng.int(2008, 2023),
    staff: roundTo(rng.int(lo, hi), step),
  };
  ctx.profiles.set(cacheKey, profile);
  return profile;
}

function marketsText(markets: readonly Site[]): Pair {
  const zh = markets.map((m) => m.marketZh.replace(/市场$/, ""));
  const en = markets.map((m) => m.marketEn.replace(/ market$/, ""));
  return markets.length === 1
    ? [markets[0]!.marketZh, markets[0]!.marketEn]
    : [`${joinZh(zh)}市场`, `${joinEn(en)} markets`];
}

function marketplaceList(keys: readonly string[]): Pair {
  const names = keys.map((k) => TITLE_NAMES[k] ?? [k, k]);
  return [joinZh(names.map(([zh]) => zh)), joinEn(names.map(([, en]) => en))];
}

function profileVars(company: Company, profile: CompanyProfile): Record<string, string> {
  const [mps, mpsEn] = marketplaceList(profile.marketplaces.slice(0, 3));
  const [markets, marketsEn] = marketsText(profile.markets);
  const city = findCity(company.city);
  const district = findDistrict(company.city, company.district);
  return {
    cat: profile.category[1],
    catEn: profile.category[2],
    mps,
    mpsEn,
    markets,
    marketsEn,
    year: String(profile.foundedYear),
    staff: String(profile.staff),
    place: `${city?.nameZh ?? ""}${district?.nameZh ?? ""}`,
    placeEn: district && city ? `${district.nameEn}, ${city.nameEn}` : company.city,
  };
}

function organisationBody(rng: Rng): string {
  // Codes issued since 2015 mostly read "MA2…"; older firms kept their 8-digit organisation code.
  const chars = CREDIT_CODE_CHARSET;
  if (rng.chance(0.65)) {
    let body = "MA2";
    for (let i = 0; i < 5; i++) body += chars[rng.int(0, chars.length - 1)];
    return body;
  }
  let body = String(rng.int(0, 7));
  for (let i = 0; i < 7; i++) body += String(rng.int(0, 9));
  return body;
}

export type CompanyOverrides = Partial<Company>;

/**
 * A company row. Its name, slug and credit code are unique within the context (`ctx.taken`);
 * overrides replace fields at the end (an overridden name or code is not checked).
 */
export function buildCompany(rng: Rng, ctx: DemoContext, overrides: CompanyOverrides = {}): Company {
  const id = overrides.id ?? rng.id();
  const industry = (overrides.industry as IndustryKey | undefined) ?? rng.weightedKey(INDUSTRY_WEIGHTS);
  const size = overrides.size ?? rng.weightedKey(SIZE_WEIGHTS);
  const place = pickPlace(rng, overrides.city as CityKey | undefined);
  const district = (overrides.district ? findDistrict(place.city, overrides.district) : undefined) ?? place.district;
  const pending = (size === "MICRO" || size === "SMALL") && rng.chance(0.09);
  const verificationStatus: VerificationStatus = overrides.verificationStatus ?? (pending ? "PENDING" : "VERIFIED");

  // County-level cities register under their own name (义乌市…), the rest under the prefecture's.
  const city = findCity(place.city)!;
  const [prefixZh, prefixEn] =
    district.kind === "county-city"
      ? [district.nameZh, district.nameEn.replace(/ City$/, "")]
      : [city.nameZh.replace(/市$/, ""), city.nameEn];
  let nameZh = "";
  let nameEn = "";
  let slug = "";
  for (let attempt = 1; ; attempt++) {
    const [a, b] = rng.sample(BRAND_SYLLABLES, 2) as [readonly [string, string], readonly [string, string]];
    const [suffixZh, suffixEn] = rng.weighted(NAME_SUFFIXES[industry].map(([zh, en, w]) => [[zh, en], w] as const));
    // Past a thousand clashes (far beyond the demo's scale) a number keeps names unique.
    const n = attempt > 1000 ? String(attempt) : "";
    const pinyin = a[1] + (/^[aoe]/.test(b[1]) ? "'" : "") + b[1] + n;
    const brandEn = pinyin[0]!.toUpperCase() + pinyin.slice(1);
    nameZh = `${prefixZh}${a[0]}${b[0]}${n}${suffixZh}`;
    nameEn = `${prefixEn} ${brandEn} ${suffixEn}`;
    slug = nameEn
      .replace(/Co\., Ltd\.$/, "")
      .toLowerCase()
      .replace(/'/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "");
    if (!ctx.taken.names.has(nameZh) && !ctx.taken.names.has(nameEn) && !ctx.taken.slugs.has(slug)) break;
  }
  ctx.taken.names.add(nameZh);
  ctx.taken.names.add(nameEn);
  ctx.taken.slugs.add(slug);

  let creditCode = "";
  do creditCode = composeCreditCode("91", district.code, organisationBody(rng));
  while (ctx.taken.creditCodes.has(creditCode));
  ctx.taken.creditCodes.add(creditCode);

  const websiteStem = slug.split("-").slice(1, 2).join("") || "company";
  const website = rng.chance(0.85)
    ? `https://www.${websiteStem}${rng.pick(["", "tech", "global", "group", "intl"])}.example.com`
    : null;

  const createdAt = before(ctx.now, rng.int(130, 420), rng.int(0, 1439));
  const verifiedAt = verificationStatus === "VERIFIED" ? after(createdAt, rng.int(1, 7), rng.int(0, 1439)) : null;

  const draft: Company = {
    id,
    createdAt,
    updatedAt: verifiedAt ?? createdAt,
    slug,
    nameZh,
    nameEn,
    creditCode,
    industry,
    size,
    city: place.city,
    district: district.key,
    website,
    descriptionZh: "",
    descriptionEn: "",
    verificationStatus,
    verifiedAt,
    reviewNote: null,
    reviewedById: null,
    logoId: null,
  };
  const profile = companyProfile(ctx, draft);
  const vars = profileVars(draft, profile);
  const sentences: Pair[] = [rng.pick(BUSINESS_SENTENCES[industry]), rng.pick(PROFILE_SENTENCES)];
  if (rng.chance(0.7)) sentences.push(rng.pick(CULTURE_SENTENCES));
  draft.descriptionZh = spaceZh(sentences.map(([zh]) => fill(zh, vars)).join(""));
  draft.descriptionEn = sentences.map(([, en]) => fill(en, vars)).join(" ");
  return { ...draft, ...overrides };
}

// ---------------------------------------------------------------------------------------------
// Jobs

export interface BuiltJob {
  job: Job;
  skills: JobSkill[];
  abilityUnits: JobAbilityUnit[];
  languages: JobLanguage[];
  marketplaces: JobMarketplace[];
  sessions: SessionJob[];
}

export interface JobOverrides {
  roleKey?: string;
  status?: JobStatus;
  employmentType?: EmploymentType;
  /** Main marketplace key. */
  marketplace?: string;
  /** Country site key (markets.ts), e.g. "jp". */
  site?: string;
  /** Aimed at international students: HSK required, native working language. */
  international?: boolean;
  sessionSlugs?: readonly string[];
  /** Replaces fields of the job row at the end. */
  job?: Partial<Job>;
}

const LEVEL_WEIGHTS_BY_LEVEL: Record<RoleLevel, number> = { JUNIOR: 50, INTERMEDIATE: 35, SENIOR: 15 };

const EMPLOYMENT: Record<RoleLevel, Partial<Record<EmploymentType, number>>> = {
  JUNIOR: { FULL_TIME: 72, INTERNSHIP: 20, CONTRACT: 3 },
  INTERMEDIATE: { FULL_TIME: 94, CONTRACT: 4 },
  SENIOR: { FULL_TIME: 97, CONTRACT: 3 },
};

const EDUCATION: Record<RoleLevel, Partial<Record<Education, number>>> = {
  JUNIOR: { ASSOCIATE: 55, BACHELOR: 35, NONE: 5, SECONDARY: 5 },
  INTERMEDIATE: { ASSOCIATE: 35, BACHELOR: 60, MASTER: 5 },
  SENIOR: { BACHELOR: 80, MASTER: 12, ASSOCIATE: 8 },
};
const EDUCATION_BACHELOR: Record<RoleLevel, Partial<Record<Education, number>>> = {
  JUNIOR: { ASSOCIATE: 35, BACHELOR: 60, MASTER: 5 },
  INTERMEDIATE: { BACHELOR: 80, MASTER: 15, ASSOCIATE: 5 },
  SENIOR: { BACHELOR: 70, MASTER: 30 },
};
const EDUCATION_TEXT: Record<Education, Pair> = {
  NONE: ["学历不限", "No degree required"],
  SECONDARY: ["中专或高中及以上学历", "Secondary school or above"],
  ASSOCIATE: ["大专及以上学历", "Associate degree or above"],
  BACHELOR: ["本科及以上学历", "Bachelor's degree or above"],
  MASTER: ["硕士及以上学历", "Master's degree or above"],
  DOCTORATE: ["博士学历", "Doctorate"],
};

const EXPERIENCE: Record<RoleLevel, readonly (readonly [number, number])[]> = {
  JUNIOR: [
    [0, 80],
    [1, 20],
  ],
  INTERMEDIATE: [
    [1, 40],
    [2, 35],
    [3, 25],
  ],
  SENIOR: [
    [3, 35],
    [5, 45],
    [8, 20],
  ],
};

const HEADCOUNT: Record<RoleLevel, readonly (readonly [number, number])[]> = {
  JUNIOR: [
    [1, 30],
    [2, 30],
    [3, 20],
    [5, 12],
    [10, 8],
  ],
  INTERMEDIATE: [
    [1, 60],
    [2, 30],
    [3, 10],
  ],
  SENIOR: [
    [1, 92],
    [2, 8],
  ],
};

const SKILL_LEVEL_REQUIRED: Record<RoleLevel, readonly (readonly [number, number])[]> = {
  JUNIOR: [
    [1, 60],
    [2, 40],
  ],
  INTERMEDIATE: [
    [1, 10],
    [2, 70],
    [3, 20],
  ],
  SENIOR: [
    [2, 50],
    [3, 50],
  ],
};
const SKILL_LEVEL_PREFERRED: Record<RoleLevel, readonly (readonly [number, number])[]> = {
  JUNIOR: [
    [1, 80],
    [2, 20],
  ],
  INTERMEDIATE: [
    [1, 50],
    [2, 50],
  ],
  SENIOR: [
    [2, 70],
    [3, 30],
  ],
};

const CITY_SALARY_FACTOR: Partial<Record<CityKey, number>> = {
  hangzhou: 1,
  ningbo: 0.95,
  jiaxing: 0.9,
  shaoxing: 0.9,
  huzhou: 0.9,
  jinhua: 0.9,
  wenzhou: 0.9,
};

/** Themes of the seeded sessions (prisma/seed/fairs.ts): who is offered where. */
type SessionTheme = { families: readonly string[] } | "all" | "international" | "internship";
const SESSION_THEMES: Readonly<Record<string, SessionTheme>> = {
  "2026-autumn-1": { families: ["platform-operation"] },
  "2026-autumn-2": { families: ["overseas-marketing", "dtc-brand"] },
  "2026-autumn-3": { families: ["logistics-warehousing"] },
  "2026-autumn-4": "international",
  "2026-winter-1": "all",
  "2026-winter-2": { families: ["live-stream-selling"] },
  "2026-winter-3": { families: ["data-analysis", "dtc-brand"] },
  "2026-winter-4": "internship",
  "2027-spring-1": "all",
  "2027-spring-2": { families: ["sourcing-product"] },
  "2027-spring-3": { families: ["customer-service", "compliance", "finance"] },
  "2027-spring-4": "international",
};

function pickRole(rng: Rng, ctx: DemoContext, industry: IndustryKey): FlatRole {
  const familyKey = rng.weightedKey(INDUSTRY_FAMILIES[industry]);
  const roles = ctx.index.rolesByFamily.get(familyKey);
  if (!roles) throw new Error(`Job family "${familyKey}" is not in the catalogue`);
  const level = rng.weightedKey(LEVEL_WEIGHTS_BY_LEVEL);
  const boosts = INDUSTRY_ROLE_BOOSTS[industry] ?? {};
  const atLevel = roles.filter((r) => r.level === level);
  const candidates = atLevel.length > 0 ? atLevel : roles;
  return rng.weighted(candidates.map((r) => [r, (ROLE_CONTENT[r.key]?.weight ?? 1) * (boosts[r.key] ?? 1)] as const));
}

/** A level of `language` at CEFR rank `tier` (the nearest one above, else below, if none is exactly there). */
function pickLevel(rng: Rng, ctx: DemoContext, language: string, tier: number): CatalogueLanguageLevel {
  const levels = ctx.index.levels.get(language);
  if (!levels) throw new Error(`Language "${language}" is not in the catalogue`);
  let candidates = levels.filter((l) => l.cefr === tier);
  if (candidates.length === 0) {
    const above = levels.filter((l) => l.cefr > tier).sort((a, b) => a.cefr - b.cefr);
    const below = levels.filter((l) => l.cefr < tier).sort((a, b) => b.cefr - a.cefr);
    const nearest = above[0] ?? below[0]!;
    candidates = levels.filter((l) => l.cefr === nearest.cefr);
  }
  return rng.weighted(candidates.map((l) => [l, LEVEL_WEIGHTS[l.key] ?? 10] as const));
}

function languageText(ctx: DemoContext, level: CatalogueLanguageLevel, language: string, required: boolean): Pair {
  const [zh, en] = ctx.index.languageNames.get(language) ?? [language, language];
  if (level.scale === "general") {
    const kind = level.key.split("-").pop();
    const texts: Record<string, Pair> = {
      basic: [`具备基础${zh}沟通能力`, `Basic ${en}`],
      working: [`${zh}可作为工作语言`, `Working proficiency in ${en}`],
      fluent: [`${zh}流利`, `Fluent ${en}`],
      native: [`${zh}为母语`, `Native ${en}`],
    };
    return texts[kind ?? ""] ?? [`${zh}${level.nameZh}`, `${en}: ${level.nameEn}`];
  }
  return required
    ? [`${zh}达到${level.nameZh}或同等水平`, `${en} at ${level.nameEn} level or equivalent`]
    : [`持有${level.nameZh}证书`, `${en} (${level.nameEn})`];
}

function resolveSkill(ctx: DemoContext, key: string, marketplace: string): string | null {
  const resolved = key === "$backend" ? BACKEND_SKILL[marketplace] : key === "$ads" ? ADS_SKILL[marketplace] : key;
  if (!resolved) return null;
  if (!ctx.index.skills.has(resolved)) throw new Error(`Skill "${resolved}" is not in the catalogue`);
  return resolved;
}

/**
 * A job of `company` with all its relation rows. Everything follows from the role: its family's
 * salary band and languages, the role's titles, duties and tools, the company's marketplaces.
 */
export function buildJob(rng: Rng, ctx: DemoContext, company: Company, overrides: JobOverrides = {}): BuiltJob {
  const id = rng.id();
  const industry = company.industry as IndustryKey;
  const profile = companyProfile(ctx, company);
  const role = overrides.roleKey ? ctx.index.roles.get(overrides.roleKey) : pickRole(rng, ctx, industry);
  if (!role) throw new Error(`Role "${overrides.roleKey}" is not in the catalogue`);
  const family: FamilyContent | undefined = FAMILY_CONTENT[role.familyKey];
  const content: RoleContent | undefined = ROLE_CONTENT[role.key];
  if (!family || !content) throw new Error(`No demo content for role "${role.key}" of "${role.familyKey}"`);
  const level = role.level;

  // Employment
  const employmentWeights = { ...EMPLOYMENT[level] };
  if (content.partTime) employmentWeights.PART_TIME = content.partTime * 100;
  else if (level === "JUNIOR") employmentWeights.PART_TIME = 2;
  const employmentType = overrides.employmentType ?? rng.weightedKey(employmentWeights);

  // Where it sells
  const mpWeights = content.marketplaces ?? family.marketplaces;
  const own = profile.marketplaces.filter((mp) => (mpWeights[mp] ?? 0) > 0);
  const marketplace =
    overrides.marketplace ??
    (own.length > 0 && rng.chance(0.75)
      ? rng.weighted(own.map((mp) => [mp, mpWeights[mp]!] as const))
      : rng.weightedKey(mpWeights));
  const site = SITES[overrides.site ?? rng.weighted(MARKETPLACE_SITES[marketplace] ?? [["global", 1]])];
  if (!site) throw new Error(`Unknown site "${overrides.site}"`);
  const workingLanguage =
    site.languages.length === 1
      ? site.languages[0]!
      : rng.weighted(site.languages.map((l, i) => [l, i === 0 ? 60 : 40 / (site.languages.length - 1)] as const));
  const international =
    overrides.international ??
    (level !== "SENIOR" && employmentType !== "CONTRACT" && rng.chance(content.international ?? 0));

  const extra = sampleWeighted(
    rng,
    [...new Set([...profile.marketplaces, ...Object.keys(family.marketplaces)])]
      .filter((mp) => mp !== marketplace)
      .map((mp) => [mp, (profile.marketplaces.includes(mp) ? 3 : 1) * (family.marketplaces[mp] ?? 5)] as const),
    rng.weighted([
      [0, 45],
      [1, 40],
      [2, 15],
    ]),
  );
  const marketplaceKeys = [marketplace, ...(role.familyKey === "live-stream-selling" ? [] : extra)];

  // Languages: key → [CEFR rank, required]
  const needs = new Map<string, { tier: number; required: boolean }>();
  const marketNeed = content.marketLanguage ?? family.marketLanguage;
  const workingTier = content.workingLanguageTier ?? 4;
  if (workingLanguage !== "en") {
    if (marketNeed === "required") needs.set(workingLanguage, { tier: Math.max(workingTier, 3), required: true });
    else if (marketNeed === "preferred" && rng.chance(0.6))
      needs.set(workingLanguage, { tier: rng.int(3, 4), required: rng.chance(0.3) });
    else if (rng.chance(0.1)) needs.set(workingLanguage, { tier: 3, required: false });
  }
  // Hosts and agents whose title names the language they work in must speak it, English included.
  const speaksAllDay = content.workingLanguageTier !== undefined;
  const englishTier = Math.max(
    Number(rng.weightedKey(content.english?.[level] ?? family.english[level])),
    workingLanguage === "en" ? (content.workingLanguageTier ?? 0) : 0,
  );
  if (workingLanguage === "en" || !needs.get(workingLanguage)?.required) {
    if ((workingLanguage === "en" && speaksAllDay) || rng.chance(content.englishRequired ?? family.englishRequired))
      needs.set("en", { tier: englishTier, required: true });
    else if (rng.chance(0.6)) needs.set("en", { tier: Math.min(englishTier, 3), required: false });
  } else if (rng.chance(0.5)) needs.set("en", { tier: 3, required: false });
  if (international) {
    needs.set("zh", { tier: level === "JUNIOR" ? 3 : 4, required: true });
    needs.set(workingLanguage, { tier: workingLanguage === "en" ? 5 : 6, required: true });
  }
  const languages = [...needs].map(([language, need]) => ({
    language,
    level: pickLevel(rng, ctx, language, need.tier),
    required: need.required,
  }));
  const workingLanguageRequired = needs.get(workingLanguage)?.required === true;

  // Education, experience, headcount, work mode
  const education =
    employmentType === "INTERNSHIP"
      ? rng.weightedKey<Education>({ ASSOCIATE: 50, BACHELOR: 50 })
      : rng.weightedKey(content.education ?? (family.bachelor ? EDUCATION_BACHELOR : EDUCATION)[level]);
  const experienceYears = employmentType === "INTERNSHIP" ? 0 : rng.weighted(EXPERIENCE[level]);
  const headcount = employmentType === "INTERNSHIP" ? rng.int(2, 6) : rng.weighted(HEADCOUNT[level]);
  const remote = content.remote ?? family.remote ?? 0.02;
  const onSiteOnly = role.familyKey === "live-stream-selling" || role.key === "overseas-warehouse-specialist";
  const workMode: WorkMode = onSiteOnly
    ? "ON_SITE"
    : rng.weightedKey<WorkMode>({ ON_SITE: 88 - remote * 100, HYBRID: 12, REMOTE: remote * 100 });

  // Salary
  const cityFactor = CITY_SALARY_FACTOR[company.city as CityKey] ?? 0.85;
  let salaryPeriod: SalaryPeriod;
  let salaryMin: number;
  let salaryMax: number;
  if (employmentType === "INTERNSHIP") {
    salaryPeriod = "DAY";
    salaryMin = roundTo(rng.int(100, 180) * cityFactor, 10);
    salaryMax = salaryMin + roundTo(rng.int(20, 80), 10);
  } else if (employmentType === "PART_TIME") {
    salaryPeriod = "HOUR";
    const host = role.key === "cross-border-live-host";
    salaryMin = roundTo((host ? rng.int(60, 150) : rng.int(25, 50)) * cityFactor, 5);
    salaryMax = roundTo(salaryMin * rng.float(1.2, 2), 5);
  } else {
    const [lo, hi] = family.salary[level].map((x) => x * (content.pay ?? 1)) as [number, number];
    const [spreadLo, spreadHi] = content.spread ?? [1.3, 1.8];
    const monthlyMin = roundTo(rng.float(lo, hi) * cityFactor, 500);
    const monthlyMax = roundTo(monthlyMin * rng.float(spreadLo, spreadHi), 500);
    if (level === "SENIOR" && rng.chance(0.15)) {
      salaryPeriod = "YEAR";
      salaryMin = roundTo(monthlyMin * 14, 10_000);
      salaryMax = roundTo(monthlyMax * 14, 10_000);
    } else {
      salaryPeriod = "MONTH";
      salaryMin = monthlyMin;
      salaryMax = monthlyMax;
    }
  }
  salaryMax = Math.max(salaryMax, salaryMin);

  // Skills
  const resolve = (keys: readonly string[]) => [
    ...new Set(keys.map((k) => resolveSkill(ctx, k, marketplace)).filter((k): k is string => k !== null)),
  ];
  const requiredPool = resolve(content.required);
  const requiredSkills = rng.sample(requiredPool, level === "SENIOR" ? 3 : rng.int(2, 3));
  const preferredPool = resolve(content.preferred).filter((k) => !requiredSkills.includes(k));
  const preferredSkills = rng.sample(preferredPool, rng.int(1, 3));

  // Ability units of the role
  const units = role.abilityUnits;
  const chosenUnits = rng.sample(units, rng.int(Math.min(3, units.length), units.length));
  const unitRequired = chosenUnits.map((_, i) => i === 0 || rng.chance(0.55));

  // Title
  const vars: Record<string, string> = {
    mp: TITLE_NAMES[marketplace]?.[0] ?? marketplace,
    mpEn: TITLE_NAMES[marketplace]?.[1] ?? marketplace,
    site: site.siteZh,
    siteEn: site.siteEn,
    market: site.marketZh,
    marketEn: site.marketEn,
    cat: profile.category[1],
    catEn: profile.category[2],
    lang: ctx.index.languageNames.get(workingLanguage)?.[0] ?? workingLanguage,
    langEn: ctx.index.languageNames.get(workingLanguage)?.[1] ?? workingLanguage,
  };
  const [titleZhTemplate, titleEnTemplate] = rng.pick(content.titles);
  const qualifierText: Record<Qualifier, Pair | null> = {
    site: site.key === "global" ? null : [site.siteZh, site.siteEn],
    market: site.key === "global" ? null : [site.marketZh, site.marketEn],
    category: SELLER_LIKE.has(industry) ? [`${profile.category[1]}类目`, profile.category[2]] : null,
    lang: workingLanguage !== "en" && workingLanguageRequired ? [vars.lang!, vars.langEn!] : null,
  };
  const placeholder: Record<Qualifier, string> = {
    site: "{site}",
    market: "{market}",
    category: "{cat}",
    lang: "{lang}",
  };
  const options = content.qualifiers
    .filter((q) => !titleZhTemplate.includes(placeholder[q]))
    .map((q) => qualifierText[q])
    .filter((q): q is Pair => q !== null);
  const qualifiers: Pair[] = [];
  if (options.length > 0 && rng.chance(0.6)) qualifiers.push(rng.pick(options));
  if (employmentType === "INTERNSHIP") qualifiers.push(["实习", "internship"]);
  else if (employmentType === "PART_TIME") qualifiers.push(["兼职", "part-time"]);
  else if (employmentType === "CONTRACT") qualifiers.push(["合同制", "fixed-term contract"]);
  else if (level === "JUNIOR" && experienceYears === 0 && rng.chance(0.15))
    qualifiers.push(["应届生可投", "graduates welcome"]);
  if (international) qualifiers.push(["国际学生可投", "open to international students"]);
  const titleZh = spaceZh(
    withQualifiers(
      fill(titleZhTemplate, vars),
      qualifiers.map(([zh]) => zh),
      "（",
      "/",
      "）",
    ),
  );
  const titleEn = withQualifiers(
    fill(titleEnTemplate, vars),
    qualifiers.map(([, en]) => en),
    " (",
    ", ",
    ")",
  );

  // Description
  const companyVars = profileVars(company, profile);
  const intro: Pair[] = [];
  if (rng.chance(0.75)) intro.push(rng.pick(BUSINESS_SENTENCES[industry]));
  if (intro.length === 0 || rng.chance(0.3)) intro.push(rng.pick(CULTURE_SENTENCES));
  const dutyCount = rng.int(3, Math.min(5, content.duties.length));
  const duties = rng
    .sample(
      content.duties.map((d, i) => [d, i] as const),
      dutyCount,
    )
    .sort((a, b) => a[1] - b[1])
    .map(([d]) => d);
  const skillName = (key: string): Pair => ctx.index.skills.get(key)!;
  const requirements: Pair[] = [];
  const [eduZh, eduEn] = EDUCATION_TEXT[education];
  requirements.push(
    employmentType === "INTERNSHIP"
      ? education === "BACHELOR"
        ? [`本科在读，${family.majors[0]}优先`, `Bachelor's student; ${family.majors[1]} preferred`]
        : [`大专或本科在读，${family.majors[0]}优先`, `Associate or bachelor's student; ${family.majors[1]} preferred`]
      : [`${eduZh}，${family.majors[0]}优先`, `${eduEn}; ${family.majors[1]} preferred`],
  );
  requirements.push(
    employmentType === "INTERNSHIP"
      ? [
          "每周可实习 4 天以上，实习期不少于 3 个月，表现优秀可转正",
          "Available 4+ days a week for at least 3 months; a full-time offer for strong interns",
        ]
      : experienceYears === 0
        ? ["欢迎应届毕业生，无经验可培养", "Graduates welcome: no experience needed, we will train you"]
        : [
            `${experienceYears} 年以上${family.experience[0]}相关工作经验`,
            `${experienceYears}+ years in ${family.experience[1]}`,
          ],
  );
  for (const l of languages.filter((x) => x.required)) requirements.push(languageText(ctx, l.level, l.language, true));
  const requiredNames = requiredSkills.map(skillName);
  const verb: Pair =
    level === "SENIOR"
      ? ["精通", "Expert in"]
      : level === "INTERMEDIATE"
        ? ["熟练掌握", "Proficient in"]
        : ["掌握", "Working knowledge of"];
  requirements.push([
    `${verb[0]}${requiredNames.map(([zh]) => zh).join("、")}`,
    `${verb[1]}: ${requiredNames.map(([, en]) => en).join(", ")}`,
  ]);
  // The talent standard's words for what the job needs: the units a candidate is matched on.
  const abilities: Pair[] = chosenUnits
    .filter((_, i) => unitRequired[i])
    .slice(0, 3)
    .map((u) => [u.nameZh, u.nameEn]);
  const plus: Pair[] = [];
  for (const l of languages.filter((x) => !x.required)) plus.push(languageText(ctx, l.level, l.language, false));
  if (preferredSkills.length > 0) {
    const names = preferredSkills.map(skillName);
    plus.push([`熟悉${names.map(([zh]) => zh).join("、")}`, `experience with ${names.map(([, en]) => en).join(", ")}`]);
  }
  const benefits = rng.sample(BENEFITS, rng.int(3, 5));
  if (international) benefits.push(["协助办理工作许可与居留手续", "help with work permits and residence"]);
  if (workMode === "HYBRID") benefits.push(["每周可部分时间居家办公", "some days a week from home"]);
  if (workMode === "REMOTE") benefits.push(["支持远程办公", "remote work"]);

  const numbered = (items: readonly string[]) =>
    items.map((item, i) => `${i + 1}. ${item}${i === items.length - 1 ? "。" : "；"}`).join("\n");
  const bullets = (items: readonly string[]) => items.map((item) => `- ${item}`).join("\n");
  const descriptionZh = spaceZh(
    [
      intro.map(([zh]) => fill(zh, companyVars)).join(""),
      `岗位职责：\n${numbered(duties.map(([zh]) => fill(zh, vars)))}`,
      `任职要求：\n${numbered(requirements.map(([zh]) => zh))}`,
      `能力要求（杭州跨境电商人才标准）：\n${bullets(abilities.map(([zh]) => zh))}`,
      ...(plus.length > 0 ? [`加分项：${plus.map(([zh]) => zh).join("；")}。`] : []),
      `我们提供：${benefits.map(([zh]) => zh).join("、")}。`,
    ].join("\n\n"),
  );
  const plusEn = plus.map(([, en]) => en).join("; ");
  const descriptionEn = [
    intro.map(([, en]) => fill(en, companyVars)).join(" "),
    `What you will do:\n${bullets(duties.map(([, en]) => fill(en, vars)))}`,
    `What we are looking for:\n${bullets(requirements.map(([, en]) => en))}`,
    `Abilities (Hangzhou cross-border e-commerce talent standard):\n${bullets(abilities.map(([, en]) => en))}`,
    ...(plus.length > 0 ? [`Nice to have: ${plusEn[0]!.toUpperCase()}${plusEn.slice(1)}.`] : []),
    `We offer: ${joinEn(benefits.map(([, en]) => en))}.`,
  ].join("\n\n");

  // Status and dates (offsets from now)
  const status: JobStatus =
    overrides.status ??
    (company.verificationStatus !== "VERIFIED"
      ? "DRAFT"
      : rng.weightedKey<JobStatus>({ PUBLISHED: 94.2, CLOSED: 5.2, DRAFT: 0.6 }));
  let datePosted: Date | null = null;
  let validThrough: Date | null = null;
  let closedAt: Date | null = null;
  let createdAt: Date;
  if (status === "DRAFT") {
    createdAt = before(ctx.now, rng.int(0, 30), rng.int(0, 1439));
  } else {
    const expired = status === "PUBLISHED" && rng.chance(0.06);
    const validity = expired ? rng.int(30, 90) : rng.int(30, 120);
    const ageDays =
      status === "CLOSED"
        ? rng.int(20, 120)
        : expired
          ? rng.int(validity + 1, 120)
          : rng.int(0, Math.min(120, validity) - 1);
    datePosted = before(ctx.now, ageDays, rng.int(0, 1439));
    validThrough = after(datePosted, validity);
    if (status === "CLOSED") closedAt = after(datePosted, rng.int(5, Math.min(ageDays - 1, validity)), rng.int(0, 600));
    createdAt = before(datePosted, rng.int(0, 3), rng.int(0, 1439));
  }
  const updatedAt = closedAt ?? datePosted ?? createdAt;

  // Place: the company's office, sometimes a branch elsewhere in the same city
  let place: Address & { district: string } = { ...profile.office, district: company.district };
  if (rng.chance(0.1)) {
    const branch = pickPlace(rng, company.city as CityKey).district;
    place = { ...streetAddress(rng, company.city as CityKey, branch), district: branch.key };
  }

  const sessionSlugs = overrides.sessionSlugs ?? pickSessions(rng, ctx, role.familyKey, employmentType, international);

  const job: Job = {
    id,
    createdAt,
    updatedAt,
    companyId: company.id,
    status,
    titleZh,
    titleEn,
    descriptionZh,
    descriptionEn,
    familyId: ctx.ids.family(role.familyKey),
    roleId: ctx.ids.role(role.key),
    level,
    employmentType,
    education,
    experienceYears,
    salaryMin,
    salaryMax,
    salaryCurrency: "CNY",
    salaryPeriod,
    headcount,
    city: company.city,
    district: place.district,
    addressZh: place.addressZh,
    addressEn: place.addressEn,
    latitude: place.latitude,
    longitude: place.longitude,
    workMode,
    datePosted,
    validThrough,
    closedAt,
    takenDownAt: null,
    takedownReason: null,
    createdById: null,
    ...overrides.job,
  };
  const stamp = { createdAt: job.createdAt, updatedAt: job.createdAt, jobId: job.id };
  const rows = (level: number, required: boolean, skill: string): JobSkill => ({
    id: rng.id(),
    ...stamp,
    skillId: ctx.ids.skill(skill),
    required,
    level,
  });
  return {
    job,
    skills: [
      ...requiredSkills.map((s) => rows(rng.weighted(SKILL_LEVEL_REQUIRED[level]), true, s)),
      ...preferredSkills.map((s) => rows(rng.weighted(SKILL_LEVEL_PREFERRED[level]), false, s)),
    ],
    abilityUnits: chosenUnits.map((u, i) => ({
      id: rng.id(),
      ...stamp,
      abilityUnitId: ctx.ids.abilityUnit(u.key),
      required: unitRequired[i]!,
    })),
    languages: languages.map((l) => ({
      id: rng.id(),
      ...stamp,
      languageId: ctx.ids.language(l.language),
      minLevelId: ctx.ids.languageLevel(l.level.key),
      required: l.required,
    })),
    marketplaces: marketplaceKeys.map((mp) => ({ id: rng.id(), ...stamp, marketplaceId: ctx.ids.marketplace(mp) })),
    sessions: sessionSlugs.map((slug) => ({ id: rng.id(), ...stamp, sessionId: ctx.ids.session(slug) })),
  };
}

function withQualifiers(title: string, qualifiers: readonly string[], open: string, sep: string, close: string) {
  if (qualifiers.length === 0) return title;
  // "（英语）" + "兼职" → "（英语/兼职）": one bracket reads better than two.
  if (title.endsWith(close)) return `${title.slice(0, -close.length)}${sep}${qualifiers.join(sep)}${close}`;
  return `${title}${open}${qualifiers.join(sep)}${close}`;
}

function pickSessions(
  rng: Rng,
  ctx: DemoContext,
  familyKey: string,
  employmentType: EmploymentType,
  international: boolean,
): string[] {
  const weights = ctx.sessions.map((slug) => {
    const theme = SESSION_THEMES[slug] ?? "all";
    const weight =
      theme === "all"
        ? 3
        : theme === "internship"
          ? employmentType === "INTERNSHIP"
            ? 8
            : 0.3
          : theme === "international"
            ? international
              ? 8
              : 0.2
            : theme.families.includes(familyKey)
              ? 6
              : 0;
    return [slug, weight] as const;
  });
  const count = rng.weighted([
    [1, 45],
    [2, 35],
    [3, 20],
  ]);
  const picked = sampleWeighted(rng, weights, count);
  return picked.length > 0 ? picked : ctx.sessions.length > 0 ? [rng.pick(ctx.sessions)] : [];
}

// ---------------------------------------------------------------------------------------------
// The whole demo fair

export interface DemoData {
  colleges: College[];
  majors: Major[];
  companies: Company[];
  jobs: BuiltJob[];
  /** The organizer, company members and students (absent: no accounts). */
  accounts?: DemoAccounts;
}

export interface BuildDemoOptions {
  /** 1 = the real fair (1,300 companies, 15,000 jobs, 6,000 students); tests use e.g. 0.02. */
  scale?: number;
  seed?: string;
  /** Build the demo accounts too (default); each job is then posted by a member of its company. */
  accounts?: boolean;
}

/**
 * The demo fair in memory, with its accounts unless `accounts: false`. Pure: the same context
 * (catalogue, ids, sessions, now) and seed give identical rows. The context's uniqueness registry
 * is reset first.
 */
export function buildDemo(ctx: DemoContext, options: BuildDemoOptions = {}): DemoData {
  const scale = options.scale ?? 1;
  if (!(scale > 0)) throw new Error(`scale must be positive, got ${scale}`);
  ctx.taken = { names: new Set(), slugs: new Set(), creditCodes: new Set() };
  ctx.profiles.clear();
  const root = new Rng(options.seed ?? DEMO_SEED);

  const colleges: College[] = [];
  const majors: Major[] = [];
  for (const seed of COLLEGES) {
    const built = buildCollege(root.fork(`college/${seed.key}`), ctx, seed);
    colleges.push(built.college);
    majors.push(...built.majors);
  }

  const companyCount = Math.max(1, Math.round(FULL_SCALE.companies * scale));
  const jobCount = Math.max(1, Math.round(FULL_SCALE.jobs * scale));
  const companies = Array.from({ length: companyCount }, (_, i) => buildCompany(root.fork(`company/${i}`), ctx));
  const weights = companies.map((c, i) => SIZE_JOBS[c.size] * root.fork(`allocation/${i}`).float(0.6, 1.4));
  const counts = allocate(jobCount, weights);
  const jobs: BuiltJob[] = [];
  companies.forEach((company, i) => {
    for (let j = 0; j < counts[i]!; j++) jobs.push(buildJob(root.fork(`job/${i}/${j}`), ctx, company));
  });
  if (options.accounts === false) return { colleges, majors, companies, jobs };

  const accounts = buildAccounts(root, ctx, { colleges, majors, companies }, { scale });
  const members = new Map<string, { userId: string; since: Date }[]>();
  for (const { member } of accounts.members)
    members.set(member.companyId, [
      ...(members.get(member.companyId) ?? []),
      { userId: member.userId, since: member.createdAt },
    ]);
  // Who posted each job: a member of its company who had joined by then (the owner always had).
  let at = 0;
  companies.forEach((company, i) => {
    const rng = root.fork(`authors/${i}`);
    for (let j = 0; j < counts[i]!; j++, at++) {
      const job = jobs[at]!.job;
      const authors = (members.get(company.id) ?? []).filter((m) => m.since <= job.createdAt);
      if (authors.length > 0) job.createdById = rng.pick(authors).userId;
    }
  });
  return { colleges, majors, companies, jobs, accounts };
}
