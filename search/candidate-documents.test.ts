/** The candidate document builder: what a company's search can see — and what it never can. */
import { describe, expect, it } from "vitest";
import { CONSENT_VERSIONS } from "../app/data/privacy";
import {
  candidateIndexSettings,
  cumulativeLevels,
  isDiscoverable,
  toCandidateDocument,
  type CandidateRow,
} from "./candidate-documents";

const named = (key: string, nameZh: string, nameEn: string) => ({ key, nameZh, nameEn });

const row: CandidateRow = {
  id: "cprofile0000000000000001",
  updatedAt: new Date("2026-03-01T08:00:00Z"),
  fullNameZh: "李明",
  fullNameEn: "Li Ming",
  phone: "13800138000",
  city: "hangzhou",
  headlineZh: "熟悉亚马逊运营的应届生",
  headlineEn: "Graduate with Amazon experience, call 13900139000",
  summaryZh: "欢迎联系 li.ming@example.cn 或微信 liming_2004。",
  summaryEn: "I ran an AliExpress shop.",
  collegeId: "college1",
  majorId: "major1",
  college: named("zjicm", "浙江测试学院", "Zhejiang Test College"),
  major: named("cbec", "跨境电子商务", "Cross-border E-commerce"),
  degree: "BACHELOR",
  graduationYear: 2026,
  desiredFamilies: ["platform-operation"],
  desiredCities: ["hangzhou", "ningbo"],
  desiredSalaryMin: 6000,
  availableFrom: new Date("2026-07-01T00:00:00+08:00"),
  portfolioLinks: ["https://shop.example.com/li-ming"],
  resumeId: "file1",
  skills: [
    { level: 3, skill: named("excel", "Excel 数据处理", "Excel") },
    { level: 1, skill: named("google-ads", "谷歌广告", "Google Ads") },
  ],
  abilityUnits: [{ level: 2, abilityUnit: named("poa-product-listing", "商品上架", "Product listing") }],
  languages: [{ language: { key: "en" }, level: { key: "en-cet-6", cefr: 4 } }],
  marketplaces: [{ marketplace: { key: "amazon" } }, { marketplace: { key: "aliexpress" } }],
  certifications: [{ name: "跨境电商 B2B 数据运营 1+X 证书", issuer: "教育部" }],
  experiences: [
    { kind: "INTERNSHIP", organisation: "杭州某公司", role: "运营助理", description: "负责上架 200 个 SKU" },
    { kind: "OWN_SHOP", organisation: "My shop", role: "Owner", description: "Contact +86 138 0013 8000" },
  ],
  user: { emailVerifiedAt: new Date(), consents: [{ version: CONSENT_VERSIONS.DISCOVERABLE }] },
};

describe("toCandidateDocument", () => {
  const doc = toCandidateDocument(row);
  const text = JSON.stringify(doc);

  it("carries no contact details, names or links: not the phone, nor any the student typed into free text", () => {
    for (const secret of [
      "13800138000",
      "13900139000",
      "138 0013 8000",
      "li.ming@example.cn",
      "liming_2004",
      "李明",
      "Li Ming",
      "shop.example.com",
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(doc).not.toHaveProperty("phone");
    expect(doc).not.toHaveProperty("email");
    expect(doc).not.toHaveProperty("fullNameZh");
    expect(doc).not.toHaveProperty("portfolioLinks");
    expect(doc.summaryZh).toBe("欢迎联系 *** 或***。");
  });

  it("lists skills, ability units and languages with every level up to the student's, for at-least filters", () => {
    expect(doc.skills).toEqual(["excel", "excel:1", "excel:2", "excel:3", "google-ads", "google-ads:1"]);
    expect(doc.abilityUnits).toEqual(["poa-product-listing", "poa-product-listing:1", "poa-product-listing:2"]);
    expect(doc.languages).toEqual(["en", "en:1", "en:2", "en:3", "en:4"]);
    expect(doc.languageLevels).toEqual(["en-cet-6"]);
    expect(doc.skillsEn).toEqual(["Excel", "Google Ads"]);
  });

  it("keys education, wishes and availability for filters and sorting", () => {
    expect(doc).toMatchObject({
      collegeKey: "zjicm",
      majorKey: "cbec",
      degree: "BACHELOR",
      degreeRank: 3,
      graduationYear: 2026,
      city: "hangzhou",
      marketplaces: ["amazon", "aliexpress"],
      experienceKinds: ["INTERNSHIP", "OWN_SHOP"],
      desiredFamilies: ["platform-operation"],
      desiredCities: ["hangzhou", "ningbo"],
      desiredSalaryMin: 6000,
      availableFrom: Math.floor(new Date("2026-06-30T16:00:00Z").getTime() / 1000),
      hasResume: true,
    });
    // Everything but the third skill a complete profile lists (worth 10 points).
    expect(doc.completeness).toBe(90);
  });

  it("fills gaps with neutral values instead of failing on a fresh profile", () => {
    const fresh = toCandidateDocument({
      ...row,
      college: null,
      major: null,
      degree: null,
      graduationYear: null,
      city: null,
      desiredSalaryMin: null,
      availableFrom: null,
      resumeId: null,
      skills: [],
      abilityUnits: [],
      languages: [],
      marketplaces: [],
      certifications: [],
      experiences: [],
    });
    expect(fresh).toMatchObject({
      collegeKey: null,
      degreeRank: 0,
      desiredSalaryMin: 0,
      availableFrom: 0,
      hasResume: false,
    });
    expect(fresh.completeness).toBeLessThan(100);
  });
});

describe("isDiscoverable", () => {
  it("needs a confirmed email and a DISCOVERABLE consent of the current version", () => {
    expect(isDiscoverable(row)).toBe(true);
    expect(isDiscoverable({ user: { ...row.user, emailVerifiedAt: null } })).toBe(false);
    expect(isDiscoverable({ user: { ...row.user, consents: [] } })).toBe(false);
    expect(isDiscoverable({ user: { ...row.user, consents: [{ version: "2000-01-01" }] } })).toBe(false);
  });
});

describe("candidateIndexSettings", () => {
  const settings = candidateIndexSettings();

  it("never makes a contact field searchable, filterable or sortable", () => {
    const exposed = [
      ...(settings.searchableAttributes ?? []),
      ...(settings.filterableAttributes ?? []).map(String),
      ...(settings.sortableAttributes ?? []),
    ];
    for (const field of ["phone", "email", "fullNameZh", "fullNameEn", "portfolioLinks"]) {
      expect(exposed).not.toContain(field);
    }
  });

  it("counts every candidate and filters on the level keys", () => {
    expect(settings.pagination?.maxTotalHits).toBe(100_000);
    expect(settings.filterableAttributes).toEqual(expect.arrayContaining(["skills", "languages", "abilityUnits"]));
    expect(cumulativeLevels("excel", 2)).toEqual(["excel", "excel:1", "excel:2"]);
  });
});
