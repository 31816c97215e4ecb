import { describe, expect, it } from "vitest";
import { blocksPublishing, checkJobWording, findForbiddenWording, type WordingCategory } from "./job-wording";

const categories = (text: string) => findForbiddenWording(text).map((f) => f.category);
const matches = (text: string) => findForbiddenWording(text).map((f) => f.match);

function expectFinds(category: WordingCategory, texts: string[]) {
  for (const text of texts) expect(categories(text), text).toContain(category);
}

function expectClean(texts: string[]) {
  for (const text of texts) expect(findForbiddenWording(text), text).toEqual([]);
}

describe("gender requirements", () => {
  it("finds them in Chinese", () => {
    expectFinds("gender", [
      "限男",
      "本岗位限女性",
      "仅限男生，能吃苦耐劳",
      "只招女生",
      "要求男性，身体健康",
      "招聘女士若干名",
      "男性优先",
      "女士优先考虑",
      "男生为主",
      "性别：女",
      "性别要求 男",
      "招主播女2名",
      "限 女",
    ]);
  });

  it("finds them in English", () => {
    expectFinds("gender", [
      "Male only.",
      "FEMALE ONLY",
      "Women preferred for this role",
      "Male candidates only",
      "ladies only",
      "Applicants must be male",
      "preferably female",
      "Gender: male",
    ]);
  });

  it("leaves product categories, audiences and no-requirement phrases alone", () => {
    expectClean([
      "负责男装类目的亚马逊运营",
      "熟悉女装、童装市场",
      "要求男装或女装行业经验",
      "店铺以女装为主",
      "招聘女装买手",
      "负责女士服装和女性用品的选品",
      "了解女性用户消费心理",
      "男女不限",
      "性别不限",
      "不限男女",
      "性别：男女不限",
      "Experience selling women's shoes and men's apparel",
      "Our only women's line launches in spring",
      "Male and female connectors for electronics listings",
      "We sell to men and women across Europe",
      "One of the only women-led brands on Amazon",
    ]);
  });
});

describe("age limits", () => {
  it("finds them in Chinese", () => {
    expectFinds("age", [
      "35岁以下",
      "年龄 30 岁以内",
      "年龄18-35岁",
      "年龄：20~30",
      "18至35周岁",
      "年龄不超过35",
      "三十五岁以下",
      "25岁左右",
      "限90后",
      "95后优先",
      "年龄２０－３０岁", // full-width digits
    ]);
  });

  it("finds them in English", () => {
    expectFinds("age", [
      "Candidates under 30.",
      "Applicants (under 35) preferred",
      "under 30 years old",
      "no older than 40 years of age",
      "Aged 18-35",
      "age between 20 and 30",
      "Age: 25-35",
      "age limit applies",
      "maximum age 35",
      "22 to 30 years old",
    ]);
  });

  it("leaves experience, response times, children's products and the legal minimum alone", () => {
    expectClean([
      "3年以上亚马逊运营经验",
      "年满18周岁",
      "18岁以上",
      "适合三岁以下儿童的玩具",
      "3-12岁儿童服装",
      "10-14岁童装尺码表",
      "年龄不限",
      "收到货后30天内退款",
      "Reply to buyers in under 30 minutes",
      "Manage over 20 stores and under 15 SKUs each",
      "Over 10 years of experience selling on Amazon",
      "Read every page of the style guide",
      "Manage the agency and the package tracking",
      "in the age of AI-driven advertising",
      "Ages 3-12 toys for the US market",
    ]);
  });
});

describe("marital and child status", () => {
  it("finds them in Chinese and English", () => {
    expectFinds("marital", ["已婚已育优先", "未婚", "婚否", "婚姻状况", "要求单身", "宝妈优先", "已有孩子者"]);
    expectFinds("marital", [
      "Married candidates preferred",
      "unmarried",
      "marital status",
      "no children",
      "must not be pregnant",
    ]);
  });

  it("leaves wedding products, maternity insurance and baby products alone", () => {
    expectClean([
      "负责婚纱礼服类目运营",
      "五险一金（含生育保险）",
      "享受婚育假",
      "母婴用品跨境运营",
      "Sell pregnancy pillows and maternity wear",
      "Single-page landing sites",
      "Kids' clothing for the US market",
    ]);
  });
});

describe("household registration", () => {
  it("finds them in Chinese and English", () => {
    expectFinds("hukou", ["本地户口", "杭州户籍优先", "限本地人", "本地人优先", "本地生源", "需有本市户口"]);
    expectFinds("hukou", ["Hukou required", "Hangzhou household registration", "local residents only"]);
  });

  it("leaves customers, users, portals and local talent alone", () => {
    expectClean([
      "维护客户口碑",
      "统一用户口径",
      "门户口号策划",
      "户口不限",
      "不限户籍",
      "了解本地人消费习惯",
      "本地化运营",
      "引进本地人才",
      "Localise listings for local buyers",
    ]);
  });
});

describe("fees and deposits charged to applicants", () => {
  it("finds them in Chinese", () => {
    expectFinds("fees", [
      "入职需交押金500元",
      "培训费2000元，入职后返还",
      "服装费自理",
      "体检费自付",
      "收取报名费",
      "入职前需办理贷款支付培训费用",
      "先交钱后上岗",
      "工作不累，押金200元",
      "本岗位收费培训",
    ]);
  });

  it("finds them in English", () => {
    expectFinds("fees", [
      "A training fee of 2,000 yuan applies",
      "Uniform fees are deducted",
      "Pay a deposit of RMB 500",
      "refundable deposit",
      "Deposit required before starting",
      "You must pay for the training",
      "Pay for your own training",
      "training loan available",
    ]);
  });

  it("leaves reassurances, platform fees and the company's own costs alone", () => {
    expectClean([
      "不收取任何押金和培训费",
      "不收押金、培训费、服装费",
      "无押金，免培训费",
      "公司报销体检费",
      "公司承担培训费用",
      "熟悉各物流渠道收费标准",
      "核对平台收费明细",
      "负责贷款产品的海外推广",
      "No deposit required.",
      "We never charge training fees",
      "Analyse FBA fees and referral fees",
      "Reconcile payment processing fees",
      "Salary paid by direct deposit",
      "Reconcile bank deposits",
      "We pay for your training and uniforms",
    ]);
  });
});

describe("findings", () => {
  it("report the matched text once per stretch, in order", () => {
    expect(findForbiddenWording("限男性，35岁以下，需交押金")).toEqual([
      { category: "gender", match: "限男性", index: 0 },
      { category: "age", match: "35岁以下", index: 4 },
      { category: "fees", match: "押金", index: 12 },
    ]);
    expect(matches("Male only, under 30 years old")).toEqual(["Male only", "under 30 years old"]);
  });

  it("are grouped per field, and any of them blocks publishing", () => {
    const report = checkJobWording({
      titleZh: "亚马逊运营",
      titleEn: "Amazon operator",
      descriptionZh: "要求男性，本地户口",
      descriptionEn: "Great team",
    });
    expect(Object.keys(report)).toEqual(["descriptionZh"]);
    expect(report.descriptionZh!.map((f) => f.category)).toEqual(["gender", "hukou"]);
    expect(blocksPublishing(report)).toBe(true);
    expect(blocksPublishing(checkJobWording({ titleZh: "亚马逊运营", descriptionEn: "Sell men's apparel" }))).toBe(
      false,
    );
  });
});
