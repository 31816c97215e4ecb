import { describe, expect, it } from "vitest";
import { containsContactDetails, redactContactDetails } from "./profile-contact";
import { STEP_SCHEMAS, normalizePortfolioUrl, parseFormDate, privacySchema } from "./profile-forms";

describe("portfolio links", () => {
  it.each([
    ["https://shop.example.com/my-store", "https://shop.example.com/my-store"],
    ["  http://example.cn  ", "http://example.cn/"],
    ["https://www.behance.net/li-ming?tab=work#top", "https://www.behance.net/li-ming?tab=work#top"],
    ["https://[2001:db8::1]/portfolio", "https://[2001:db8::1]/portfolio"],
  ])("accepts %s", (input, normalised) => {
    expect(normalizePortfolioUrl(input)).toBe(normalised);
  });

  it.each([
    "javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "ftp://example.com/file",
    "example.com",
    "//example.com/path",
    "http://localhost/portfolio",
    "https://user:secret@example.com/",
    "https://exa mple.com/",
    "",
    `https://example.com/${"a".repeat(600)}`,
  ])("refuses %s", (input) => {
    expect(normalizePortfolioUrl(input)).toBeNull();
  });

  it("answers a refused link with the profile's own message", () => {
    const result = STEP_SCHEMAS.portfolio.safeParse({ intent: "portfolio.add", url: "javascript:alert(1)" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("profile.errors.url");
  });
});

describe("contact details in free text", () => {
  it.each([
    "请拨打 138 0013 8000 联系我",
    "Call me on +86 138-0013-8000",
    "mail li.ming@example.cn",
    "landline 0571-87654321",
    "微信：liming_2004",
    "WeChat ID lm2004cn",
    "+44 20 7946 0958",
  ])("finds them in %s", (text) => {
    expect(containsContactDetails(text)).toBe(true);
    expect(containsContactDetails(redactContactDetails(text))).toBe(false);
  });

  it.each([
    "2023-2024 学年获一等奖学金",
    "Sales grew 35% in 2024; 1,200 orders a month",
    "亚马逊运营 12 个月，管理 300 个 SKU",
  ])("leaves ordinary text alone: %s", (text) => {
    expect(containsContactDetails(text)).toBe(false);
    expect(redactContactDetails(text)).toBe(text);
  });

  it("refuses a headline with a phone number", () => {
    const result = STEP_SCHEMAS.about.safeParse({
      intent: "about",
      headlineZh: "电话 13800138000",
      headlineEn: "",
      summaryZh: "",
      summaryEn: "",
    });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["headlineZh", "profile.errors.contactInText"],
    ]);
  });
});

describe("form values", () => {
  it("reads months and days in Hangzhou time and refuses impossible dates", () => {
    expect(parseFormDate("2025-07")?.toISOString()).toBe("2025-06-30T16:00:00.000Z");
    expect(parseFormDate("2025-07-15")?.toISOString()).toBe("2025-07-14T16:00:00.000Z");
    expect(parseFormDate("2025-02-30")).toBeNull();
    expect(parseFormDate("2025-13")).toBeNull();
    expect(parseFormDate("July 2025")).toBeNull();
  });

  it("stores phone numbers without separators and refuses what is not one", () => {
    const personal = (phone: string) =>
      STEP_SCHEMAS.personal.safeParse({ intent: "personal", fullNameZh: "", fullNameEn: "", phone });
    expect(personal("138 0013-8000").data?.phone).toBe("13800138000");
    expect(personal("+44 (20) 7946 0958").data?.phone).toBe("+442079460958");
    expect(personal("").data?.phone).toBeUndefined();
    expect(personal("12345678901").success).toBe(false); // no mainland mobile starts with 12
    expect(personal("call me").success).toBe(false);
  });

  it("refuses an experience that ends before it starts", () => {
    const result = STEP_SCHEMAS.experience.safeParse({
      intent: "experience.add",
      kind: "INTERNSHIP",
      organisation: "杭州某跨境公司",
      role: "运营助理",
      startDate: "2025-07",
      endDate: "2025-03",
    });
    expect(result.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["endDate", "profile.errors.endBeforeStart"],
    ]);
  });

  it("turns skill levels into numbers and refuses levels outside 1–3", () => {
    const skill = (level: string) => STEP_SCHEMAS.skills.safeParse({ intent: "skill.save", skillKey: "excel", level });
    expect(skill("3").data).toMatchObject({ level: 3, evidenceNote: "" });
    expect(skill("4").success).toBe(false);
    expect(skill("1 OR 1=1").success).toBe(false);
  });

  it("refuses an intent of another step", () => {
    expect(STEP_SCHEMAS.skills.safeParse({ intent: "personal" }).success).toBe(false);
    expect(privacySchema.safeParse({ intent: "consent.give", purpose: "MARKETING" }).success).toBe(false);
  });
});
