import { describe, expect, it } from "vitest";
import { highestLevels } from "./match-inputs";
import {
  FAR_KM,
  WEIGHTS,
  abilityUnitsFactor,
  distanceKm,
  educationFactor,
  familyFactor,
  graduatingClass,
  languagesFactor,
  levelFactor,
  locationFactor,
  marketplacesFactor,
  matchScore,
  salaryFactor,
  skillsFactor,
  timingFactor,
  type MatchJob,
  type MatchStudent,
} from "./match-score";

const NOW = new Date("2026-11-26T10:00:00Z");
const XIASHA = { lat: 30.3119, lng: 120.3436 }; // a college in Qiantang
const BINJIANG = { lat: 30.2084, lng: 120.2119 };
const NINGBO = { lat: 29.8683, lng: 121.544 };

const student = (over: Partial<MatchStudent> = {}): MatchStudent => ({
  desiredFamilies: [],
  desiredCities: [],
  city: null,
  location: null,
  skills: {},
  abilityUnits: {},
  languages: {},
  marketplaces: [],
  desiredSalaryMin: null,
  graduationYear: null,
  availableFrom: null,
  degreeRank: null,
  hasWorkExperience: false,
  ...over,
});

const job = (over: Partial<MatchJob> = {}): MatchJob => ({
  familyKey: "platform-operation",
  level: "JUNIOR",
  employmentType: "FULL_TIME",
  workMode: "ON_SITE",
  experienceYears: 0,
  skills: [],
  abilityUnits: [],
  languages: [],
  marketplaces: [],
  city: "hangzhou",
  location: BINJIANG,
  salaryMonthlyMin: 6000,
  salaryMonthlyMax: 9000,
  educationRank: 0,
  validThrough: null,
  ...over,
});

describe("the weights", () => {
  it("add up to 100", () => {
    expect(Object.values(WEIGHTS).reduce((a, b) => a + b, 0)).toBe(100);
  });
});

describe("family", () => {
  it("is met when the job's family is one the student wants, missing otherwise, and skipped when the student said nothing", () => {
    expect(familyFactor(student({ desiredFamilies: ["platform-operation"] }), job())).toMatchObject({ value: 1 });
    expect(familyFactor(student({ desiredFamilies: ["logistics"] }), job())).toMatchObject({
      value: 0,
      missing: [{ code: "family_other", key: "platform-operation" }],
    });
    expect(familyFactor(student(), job())).toBeNull();
  });
});

describe("level", () => {
  it("fits every student for junior roles and asks experience for the others", () => {
    expect(levelFactor(student(), job())!.value).toBe(1);
    expect(levelFactor(student(), job({ level: "INTERMEDIATE" }))!.value).toBe(0.25);
    expect(levelFactor(student({ hasWorkExperience: true }), job({ level: "INTERMEDIATE" }))!.value).toBe(0.6);
    expect(levelFactor(student({ hasWorkExperience: true }), job({ level: "SENIOR" }))!.value).toBe(0.1);
  });
  it("names the years of experience a job asks for when they are missing", () => {
    const outcome = levelFactor(student(), job({ experienceYears: 2 }))!;
    expect(outcome.value).toBe(0);
    expect(outcome.missing).toEqual([{ factor: "level", code: "experience_years", want: 2 }]);
  });
});

describe("skills", () => {
  const ads = job({
    skills: [
      { key: "google-ads", level: 2, required: true },
      { key: "canva", level: 1, required: false },
    ],
  });
  it("weighs required skills twice as much as preferred ones", () => {
    expect(skillsFactor(student({ skills: { "google-ads": 2 } }), ads)!.value).toBeCloseTo(2 / 3);
    expect(skillsFactor(student({ skills: { canva: 1 } }), ads)!.value).toBeCloseTo(1 / 3);
  });
  it("gives partial credit for a lower level and lists the skill as missing with both levels", () => {
    const outcome = skillsFactor(student({ skills: { "google-ads": 1, canva: 3 } }), ads)!;
    expect(outcome.value).toBeCloseTo((2 * 0.5 + 1) / 3);
    expect(outcome.missing).toEqual([
      { factor: "skills", code: "skill", key: "google-ads", have: 1, want: 2, required: true },
    ]);
    expect(outcome.met.map((r) => r.key)).toEqual(["canva"]);
  });
  it("does not apply to a job that lists no skills", () => {
    expect(skillsFactor(student({ skills: { excel: 3 } }), job())).toBeNull();
  });
});

describe("ability units", () => {
  it("counts each unit the student holds, required ones double", () => {
    const j = job({
      abilityUnits: [
        { key: "poa-product-listing", required: true },
        { key: "poa-listing-copy", required: false },
      ],
    });
    const outcome = abilityUnitsFactor(student({ abilityUnits: { "poa-listing-copy": 1 } }), j)!;
    expect(outcome.value).toBeCloseTo(1 / 3);
    expect(outcome.missing.map((r) => r.key)).toEqual(["poa-product-listing"]);
  });
});

describe("languages", () => {
  const english = job({ languages: [{ key: "en", cefr: 4, required: true }] });
  it("is met at or above the asked CEFR level, half one level below, not at all further below", () => {
    expect(languagesFactor(student({ languages: { en: 5 } }), english)!.value).toBe(1);
    expect(languagesFactor(student({ languages: { en: 3 } }), english)!.value).toBe(0.5);
    expect(languagesFactor(student({ languages: { en: 2 } }), english)!.value).toBe(0);
    expect(languagesFactor(student(), english)!.missing).toEqual([
      { factor: "languages", code: "language", key: "en", have: 0, want: 4, required: true },
    ]);
  });
});

describe("marketplaces", () => {
  it("gives half for knowing one of the job's marketplaces and the rest by share", () => {
    const j = job({ marketplaces: ["amazon", "temu"] });
    expect(marketplacesFactor(student({ marketplaces: ["amazon"] }), j)!.value).toBe(0.75);
    expect(marketplacesFactor(student({ marketplaces: ["amazon", "temu"] }), j)!.value).toBe(1);
    expect(marketplacesFactor(student({ marketplaces: ["shopee"] }), j)!.value).toBe(0);
  });
});

describe("location", () => {
  it("measures distance like Meilisearch's _geoRadius (haversine)", () => {
    expect(distanceKm(XIASHA, BINJIANG)).toBeGreaterThan(15);
    expect(distanceKm(XIASHA, BINJIANG)).toBeLessThan(20);
    expect(distanceKm(XIASHA, NINGBO)).toBeGreaterThan(FAR_KM);
  });
  it("combines the wanted city (60 %) and the distance from the college (40 %)", () => {
    const near = locationFactor(student({ desiredCities: ["hangzhou"], location: BINJIANG }), job())!;
    expect(near.value).toBe(1);
    const acrossTown = locationFactor(student({ desiredCities: ["hangzhou"], location: XIASHA }), job())!;
    expect(acrossTown.value).toBeGreaterThan(0.9);
    expect(acrossTown.value).toBeLessThan(1);
    const otherCity = locationFactor(student({ desiredCities: ["ningbo"], location: NINGBO }), job())!;
    expect(otherCity.value).toBe(0);
    expect(otherCity.missing[0]).toMatchObject({ code: "city_other", key: "hangzhou" });
  });
  it("uses the home city when no city is wanted, fits remote work always, and softens hybrid work", () => {
    expect(locationFactor(student({ city: "hangzhou" }), job())!.value).toBe(1);
    expect(locationFactor(student({ desiredCities: ["ningbo"] }), job({ workMode: "REMOTE" }))!.value).toBe(1);
    expect(locationFactor(student({ desiredCities: ["ningbo"] }), job({ workMode: "HYBRID" }))!.value).toBe(0.5);
    expect(locationFactor(student(), job())).toBeNull();
  });
});

describe("salary", () => {
  it("compares the job's monthly range with the student's minimum", () => {
    expect(salaryFactor(student({ desiredSalaryMin: 6000 }), job())!.value).toBe(1);
    expect(salaryFactor(student({ desiredSalaryMin: 8000 }), job())!.value).toBe(0.75);
    expect(salaryFactor(student({ desiredSalaryMin: 11000 }), job())!.value).toBe(0.4);
    expect(salaryFactor(student({ desiredSalaryMin: 15000 }), job())!.value).toBe(0);
    expect(salaryFactor(student(), job())).toBeNull();
  });
});

describe("timing", () => {
  it("knows which class graduates this school year", () => {
    expect(graduatingClass(NOW)).toBe(2027);
    expect(graduatingClass(new Date("2027-03-01T00:00:00Z"))).toBe(2027);
  });
  it("fits this year's graduates to full-time jobs and later classes to internships", () => {
    expect(timingFactor(student({ graduationYear: 2027 }), job(), NOW)!.value).toBe(1);
    expect(timingFactor(student({ graduationYear: 2028 }), job(), NOW)!.value).toBeCloseTo((0.3 + 1) / 2);
    expect(timingFactor(student({ graduationYear: 2029 }), job(), NOW)!.value).toBe(0.5);
    expect(timingFactor(student({ graduationYear: 2029 }), job({ employmentType: "INTERNSHIP" }), NOW)!.value).toBe(1);
    expect(timingFactor(student({ graduationYear: 2025 }), job({ employmentType: "INTERNSHIP" }), NOW)!.value).toBe(
      0.7,
    );
  });
  it("marks a start date after the job closes as missing", () => {
    const closes = new Date("2027-01-31T00:00:00Z");
    const late = timingFactor(
      student({ availableFrom: new Date("2027-07-01T00:00:00Z") }),
      job({ validThrough: closes }),
      NOW,
    )!;
    expect(late.value).toBe(0.3);
    expect(late.missing).toEqual([{ factor: "timing", code: "start_too_late" }]);
    expect(
      timingFactor(student({ availableFrom: new Date("2027-01-01T00:00:00Z") }), job({ validThrough: closes }), NOW)!
        .value,
    ).toBe(1);
  });
});

describe("education", () => {
  it("is met at or above the asked degree, partly one step below, and skipped when the job asks none", () => {
    expect(educationFactor(student({ degreeRank: 3 }), job({ educationRank: 3 }))!.value).toBe(1);
    expect(educationFactor(student({ degreeRank: 2 }), job({ educationRank: 3 }))!.value).toBe(0.4);
    expect(educationFactor(student({ degreeRank: 1 }), job({ educationRank: 3 }))!.value).toBe(0);
    expect(educationFactor(student(), job({ educationRank: 3 }))!.value).toBe(0.5);
    expect(educationFactor(student({ degreeRank: 0 }), job())).toBeNull();
  });
});

describe("the score", () => {
  const j = job({
    skills: [{ key: "google-ads", level: 2, required: true }],
    languages: [{ key: "en", cefr: 4, required: true }],
  });
  it("is the weighted mean of the factors that apply, on 0–100", () => {
    // skills 1 (25), languages 0 (10), level 1 (5), timing 1 (5): (25 + 5 + 5) / 45
    const result = matchScore(student({ skills: { "google-ads": 3 } }), j, NOW);
    expect(result.score).toBe(Math.round((100 * 35) / 45));
    expect(result.factors.filter((f) => f.weight > 0).map((f) => f.factor)).toEqual([
      "level",
      "skills",
      "languages",
      "timing",
    ]);
  });
  it("explains itself with the same factors: met and missing, heaviest and required first", () => {
    const result = matchScore(student({ languages: { en: 4 } }), j, NOW);
    expect(result.missing[0]).toMatchObject({ factor: "skills", key: "google-ads", required: true });
    expect(result.met.map((r) => r.factor)).toEqual(["languages", "level", "timing"]);
  });
  it("is 100 when everything asked is met and 0 when nothing is", () => {
    expect(matchScore(student({ skills: { "google-ads": 2 }, languages: { en: 6 } }), j, NOW).score).toBe(100);
    const nothing = matchScore(
      student({ desiredFamilies: ["logistics"], graduationYear: 2030 }),
      job({ ...j, level: "SENIOR", experienceYears: 3 }),
      NOW,
    );
    expect(nothing.score).toBeLessThan(10);
  });
});

describe("levels from index documents", () => {
  it("reads the highest level from cumulative values", () => {
    expect(highestLevels(["excel", "excel:1", "excel:2", "en", "en:1", "canva"])).toEqual({
      excel: 2,
      en: 1,
      canva: 0,
    });
  });
});
