/** The shared job rules, as the form and a CSV row meet them (no database: the catalogue file). */
import { describe, expect, it } from "vitest";
import { validateForm } from "~/utils/forms.server";
import { loadCatalogue } from "../../prisma/catalogue/schema";
import { FAIRS } from "../../prisma/seed/fairs";
import {
  FORM_ARRAY_FIELDS,
  JOB_COLUMNS,
  csvRowOf,
  endOfShanghaiDay,
  formValuesFromForm,
  jobFieldsSchema,
  normaliseDay,
  shanghaiDay,
  type PostingCatalogue,
} from "./job-form";

const file = loadCatalogue();
export const catalogue: PostingCatalogue = {
  families: file.families,
  skills: file.skills,
  languages: file.languages,
  marketplaces: file.marketplaces,
  sessions: FAIRS.flatMap((fair) =>
    fair.sessions.map((s) => ({
      slug: s.slug,
      themeZh: s.themeZh,
      themeEn: s.themeEn,
      startsAt: `${s.date}T01:00:00.000Z`,
      endsAt: `${s.date}T08:00:00.000Z`,
    })),
  ),
};

const NOW = new Date("2026-10-01T04:00:00Z");
const schema = jobFieldsSchema(catalogue, { now: NOW });

/** A valid row as a CSV file has it: every value a string. */
const row = (overrides: Record<string, string> = {}): Record<string, string> => ({
  titleZh: "亚马逊运营专员",
  titleEn: "Amazon operations specialist",
  descriptionZh: "负责亚马逊美国站的日常运营，包括上架、广告和库存管理。",
  descriptionEn: "Runs our Amazon US store day to day: listings, advertising and stock.",
  family: "platform-operation",
  role: "marketplace-operations-specialist",
  employmentType: "FULL_TIME",
  workMode: "ON_SITE",
  education: "BACHELOR",
  experienceYears: "1",
  headcount: "2",
  salaryMin: "8000",
  salaryMax: "12000",
  salaryPeriod: "MONTH",
  city: "hangzhou",
  district: "binjiang",
  addressZh: "杭州市滨江区网商路 599 号",
  addressEn: "No. 599 Wangshang Road, Binjiang, Hangzhou",
  validThrough: "2026-12-31",
  requiredSkills: "amazon-seller-central:2;excel:1",
  preferredSkills: "amazon-ads:2",
  requiredAbilityUnits: "mos-listing-optimisation",
  preferredAbilityUnits: "",
  requiredLanguages: "en:en-cet-6",
  preferredLanguages: "ja-jlpt-n2",
  marketplaces: "amazon;Shopee",
  sessions: "2026-winter-1",
  ...overrides,
});

function asForm(values: Record<string, string | string[]>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) {
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, item);
  }
  return form;
}

/** The error codes per field for a CSV row with these changes. */
function errorsFor(overrides: Record<string, string>) {
  const result = validateForm(asForm(row(overrides)), schema);
  if (result.ok) return {};
  return Object.fromEntries(Object.entries(result.errors).map(([field, errors]) => [field, errors.map((e) => e.code)]));
}

describe("a CSV row", () => {
  it("becomes structured fields: lists split, keys lower-cased, a language found from its level", () => {
    const result = validateForm(asForm(row()), schema);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data).toMatchObject({
      experienceYears: 1,
      salaryMin: 8000,
      validThrough: "2026-12-31",
      requiredSkills: [
        { key: "amazon-seller-central", level: 2 },
        { key: "excel", level: 1 },
      ],
      preferredSkills: [{ key: "amazon-ads", level: 2 }],
      requiredAbilityUnits: ["mos-listing-optimisation"],
      preferredAbilityUnits: [],
      requiredLanguages: [{ language: "en", level: "en-cet-6" }],
      preferredLanguages: [{ language: "ja", level: "ja-jlpt-n2" }],
      marketplaces: ["amazon", "shopee"],
      sessions: ["2026-winter-1"],
    });
  });

  it("forgives what spreadsheets do: 8,000, full-time, 2026/1/5, full-width semicolons, a skill without a level", () => {
    const result = validateForm(
      asForm(
        row({
          salaryMin: "8,000",
          salaryMax: "12,000",
          employmentType: "full-time",
          validThrough: "2027/1/5",
          requiredSkills: "excel；sql:3",
        }),
      ),
      schema,
    );
    expect(result.ok && result.data).toMatchObject({
      salaryMin: 8000,
      employmentType: "FULL_TIME",
      validThrough: "2027-01-05",
      requiredSkills: [
        { key: "excel", level: 1 },
        { key: "sql", level: 3 },
      ],
    });
  });

  it("is written back by csvRowOf in the template's column order, and reads back the same", () => {
    const first = validateForm(asForm(row()), schema);
    if (!first.ok) throw new Error("invalid");
    const cells = csvRowOf(first.data);
    expect(cells).toHaveLength(JOB_COLUMNS.length);
    const again = validateForm(asForm(Object.fromEntries(JOB_COLUMNS.map((c, i) => [c, cells[i]!]))), schema);
    expect(again.ok && again.data).toEqual(first.data);
  });
});

describe("the rules", () => {
  it("require every text, within its length", () => {
    expect(errorsFor({ titleZh: "", descriptionEn: "too short" })).toEqual({
      titleZh: ["required"],
      descriptionEn: ["too_small"],
    });
    expect(errorsFor({ titleEn: "x".repeat(101) })).toEqual({ titleEn: ["too_big"] });
  });

  it("check numbers, enums and the salary range", () => {
    expect(errorsFor({ salaryMin: "a lot" })).toEqual({ salaryMin: ["posting.errors.wholeNumber"] });
    expect(errorsFor({ headcount: "0", experienceYears: "31" })).toEqual({
      headcount: ["too_small_number"],
      experienceYears: ["too_big_number"],
    });
    expect(errorsFor({ salaryMin: "15000", salaryMax: "9000" })).toEqual({ salaryMax: ["posting.errors.salaryRange"] });
    expect(errorsFor({ salaryPeriod: "WEEK", workMode: "space" })).toEqual({
      salaryPeriod: ["invalid_value"],
      workMode: ["invalid_value"],
    });
  });

  it("check the catalogue: family, role of that family, units of that role", () => {
    expect(errorsFor({ family: "astrology" })).toEqual({ family: ["posting.errors.unknownFamily"] });
    expect(errorsFor({ role: "no-such-role" })).toEqual({ role: ["posting.errors.unknownRole"] });
    expect(errorsFor({ role: "logistics-specialist", requiredAbilityUnits: "" })).toEqual({
      role: ["posting.errors.roleNotInFamily"],
    });
    expect(errorsFor({ requiredAbilityUnits: "poa-product-listing" })).toEqual({
      requiredAbilityUnits: ["posting.errors.abilityUnitNotInRole"],
    });
    expect(
      errorsFor({
        requiredAbilityUnits: "mos-listing-optimisation",
        preferredAbilityUnits: "mos-listing-optimisation",
      }),
    ).toEqual({ preferredAbilityUnits: ["posting.errors.duplicateAbilityUnit"] });
  });

  it("check skills: known, level 1-3, listed once", () => {
    expect(errorsFor({ requiredSkills: "excell:2" })).toEqual({ requiredSkills: ["posting.errors.unknownSkill"] });
    expect(errorsFor({ requiredSkills: "excel:4" })).toEqual({ requiredSkills: ["posting.errors.skillLevel"] });
    expect(errorsFor({ preferredSkills: "excel:3" })).toEqual({ preferredSkills: ["posting.errors.duplicateSkill"] });
    expect(
      errorsFor({
        requiredSkills: catalogue.skills
          .slice(0, 16)
          .map((s) => `${s.key}:1`)
          .join(";"),
        preferredSkills: "",
      }),
    ).toEqual({ requiredSkills: ["posting.errors.tooMany"] });
  });

  it("check languages: a level of that very language, each language once", () => {
    expect(errorsFor({ requiredLanguages: "en:ja-jlpt-n2" })).toEqual({
      requiredLanguages: ["posting.errors.languageLevelMismatch"],
    });
    expect(errorsFor({ requiredLanguages: "en" })).toEqual({
      requiredLanguages: ["posting.errors.languageLevelMissing"],
    });
    expect(errorsFor({ requiredLanguages: "klingon:kl-1" })).toEqual({
      requiredLanguages: ["posting.errors.unknownLanguage"],
    });
    expect(errorsFor({ preferredLanguages: "en:en-cet-4" })).toEqual({
      preferredLanguages: ["posting.errors.duplicateLanguage"],
    });
  });

  it("check places, marketplaces and sessions", () => {
    expect(errorsFor({ city: "shanghai" })).toEqual({ city: ["invalid_value"] });
    expect(errorsFor({ district: "haishu" })).toEqual({ district: ["posting.errors.unknownDistrict"] });
    expect(errorsFor({ city: "ningbo", district: "haishu" })).toEqual({});
    expect(errorsFor({ marketplaces: "amazon;aliexpres" })).toEqual({
      marketplaces: ["posting.errors.unknownMarketplace"],
    });
    expect(errorsFor({ sessions: "2030-summer-9" })).toEqual({ sessions: ["posting.errors.unknownSession"] });
  });

  it("want a deadline after today (Hangzhou time) and within a year", () => {
    expect(errorsFor({ validThrough: "31/12/2026" })).toEqual({ validThrough: ["posting.errors.dateFormat"] });
    expect(errorsFor({ validThrough: "2026-02-30" })).toEqual({ validThrough: ["posting.errors.dateFormat"] });
    expect(errorsFor({ validThrough: "2026-10-01" })).toEqual({ validThrough: ["posting.errors.validThroughPast"] });
    expect(errorsFor({ validThrough: "2026-10-02" })).toEqual({});
    expect(errorsFor({ validThrough: "2027-10-03" })).toEqual({ validThrough: ["posting.errors.validThroughTooFar"] });
  });

  it("report every problem of a row at once", () => {
    expect(
      Object.keys(errorsFor({ titleZh: "", family: "x", salaryMin: "?", requiredSkills: "nope:1" })).sort(),
    ).toEqual(["family", "requiredSkills", "salaryMin", "titleZh"]);
  });
});

describe("the form", () => {
  it("folds its repeating rows into the same fields, ignoring blank rows", () => {
    const { requiredSkills: _a, preferredSkills: _b, requiredLanguages: _c, preferredLanguages: _d, ...rest } = row();
    const { requiredAbilityUnits: _e, preferredAbilityUnits: _f, marketplaces: _g, sessions: _h, ...scalars } = rest;
    const form = asForm({
      ...scalars,
      requiredSkillKey: ["excel", "", "sql"],
      requiredSkillLevel: ["2", "1", "3"],
      preferredSkillKey: [""],
      preferredSkillLevel: ["1"],
      requiredLanguageKey: ["en", ""],
      requiredLanguageLevel: ["en-ielts-6-5", ""],
      preferredLanguageKey: ["ja"],
      preferredLanguageLevel: ["ja-jlpt-n3"],
      abilityUnits: ["mos-listing-optimisation:required", "", "mos-ppc-management:preferred"],
      marketplaces: ["amazon", "ebay"],
      sessions: ["2026-winter-1", "2027-spring-1"],
    });
    const result = validateForm(form, schema, { arrays: FORM_ARRAY_FIELDS });
    expect(result.ok && result.data).toMatchObject({
      requiredSkills: [
        { key: "excel", level: 2 },
        { key: "sql", level: 3 },
      ],
      preferredSkills: [],
      requiredLanguages: [{ language: "en", level: "en-ielts-6-5" }],
      preferredLanguages: [{ language: "ja", level: "ja-jlpt-n3" }],
      requiredAbilityUnits: ["mos-listing-optimisation"],
      preferredAbilityUnits: ["mos-ppc-management"],
      marketplaces: ["amazon", "ebay"],
      sessions: ["2026-winter-1", "2027-spring-1"],
    });
    // What was posted comes back to fill the form in again.
    expect(formValuesFromForm(form)).toMatchObject({
      requiredSkills: [
        { key: "excel", level: "2" },
        { key: "", level: "1" },
        { key: "sql", level: "3" },
      ],
      abilityUnits: { "mos-listing-optimisation": "required", "mos-ppc-management": "preferred" },
    });
  });
});

describe("dates", () => {
  it("are Hangzhou days: the deadline lasts to the end of it", () => {
    expect(shanghaiDay(new Date("2026-10-01T16:30:00Z"))).toBe("2026-10-02");
    expect(endOfShanghaiDay("2026-12-31").toISOString()).toBe("2026-12-31T15:59:59.000Z");
    expect(normaliseDay("2026/2/3")).toBe("2026-02-03");
    expect(normaliseDay("2026-13-01")).toBeNull();
  });
});
