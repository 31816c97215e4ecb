import { describe, expect, it } from "vitest";
import {
  COMPLETENESS_KEYS,
  MIN_SKILLS,
  profileCompleteness,
  stepDone,
  type CompletenessInput,
} from "./profile-completeness";

const empty: CompletenessInput = {
  fullNameZh: "",
  fullNameEn: "",
  phone: null,
  city: null,
  headlineZh: "",
  headlineEn: "",
  summaryZh: "",
  summaryEn: "",
  collegeId: null,
  majorId: null,
  degree: null,
  graduationYear: null,
  desiredFamilies: [],
  desiredCities: [],
  desiredSalaryMin: null,
  availableFrom: null,
  portfolioLinks: [],
  resumeId: null,
  counts: { skills: 0, abilityUnits: 0, languages: 0, marketplaces: 0, certifications: 0, experiences: 0 },
};

const complete: CompletenessInput = {
  fullNameZh: "李明",
  fullNameEn: "Li Ming",
  phone: "13800138000",
  city: "hangzhou",
  headlineZh: "熟悉亚马逊运营的应届生",
  headlineEn: "Graduate with Amazon experience",
  summaryZh: "我在校期间运营过速卖通店铺。",
  summaryEn: "I ran an AliExpress shop at college.",
  collegeId: "c1",
  majorId: "m1",
  degree: "ASSOCIATE",
  graduationYear: 2026,
  desiredFamilies: ["platform-operation"],
  desiredCities: ["hangzhou"],
  desiredSalaryMin: null,
  availableFrom: new Date("2026-07-01T00:00:00+08:00"),
  portfolioLinks: [],
  resumeId: "f1",
  counts: { skills: MIN_SKILLS, abilityUnits: 1, languages: 1, marketplaces: 1, certifications: 0, experiences: 1 },
};

describe("profileCompleteness", () => {
  it("weighs its items to exactly 100 and lists every one as missing for an empty profile", () => {
    const result = profileCompleteness(empty);
    expect(result.items.reduce((sum, item) => sum + item.weight, 0)).toBe(100);
    expect(result.percent).toBe(0);
    expect(result.missing.map((item) => item.key)).toEqual([...COMPLETENESS_KEYS]);
  });

  it("counts a profile complete without the optional extras (awards, portfolio, salary), which it still lists", () => {
    const result = profileCompleteness(complete);
    expect(result.percent).toBe(100);
    expect(result.missing).toEqual([]);
    expect(result.extras.filter((extra) => !extra.done).map((extra) => extra.key)).toEqual([
      "awards",
      "portfolio",
      "salary",
    ]);
  });

  it("asks for both languages: a name, headline or summary in one language only is not done", () => {
    const result = profileCompleteness({ ...complete, fullNameEn: " ", headlineZh: "", summaryEn: "" });
    expect(result.missing.map((item) => item.key)).toEqual(["names", "headline", "summary"]);
    expect(result.percent).toBe(70);
  });

  it(`needs at least ${MIN_SKILLS} skills, and every part of education`, () => {
    const fewSkills = profileCompleteness({ ...complete, counts: { ...complete.counts, skills: MIN_SKILLS - 1 } });
    expect(fewSkills.missing.map((item) => item.key)).toEqual(["skills"]);
    const noYear = profileCompleteness({ ...complete, graduationYear: null });
    expect(noYear.missing.map((item) => item.key)).toEqual(["education"]);
    expect(noYear.percent).toBe(85);
  });

  it("reports each step's status; optional steps have none", () => {
    const result = profileCompleteness({ ...complete, phone: null });
    expect(stepDone(result, "personal")).toBe(false);
    expect(stepDone(result, "about")).toBe(true);
    expect(stepDone(result, "awards")).toBeNull();
    expect(stepDone(result, "portfolio")).toBeNull();
  });
});
