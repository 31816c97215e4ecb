/**
 * Wording that Chinese employment rules forbid in job ads (就业促进法 art. 3, 27, 29; 妇女权益保障法
 * art. 43; 人力资源市场暂行条例 art. 24; 劳动合同法 art. 9): requirements on gender, age, marital or
 * child status and household registration, and fees or deposits charged to applicants. Pure (the
 * form warns as the recruiter types; the server refuses to publish), Chinese and English.
 *
 * The patterns aim at requirements, not at words: 男装 and 女士服装 are product categories, "page"
 * contains "age", 客户口碑 contains 户口, "under 30 minutes" is a response time, and an ad that
 * promises 不收押金 or "no deposit" is doing the right thing.
 */

export const WORDING_CATEGORIES = ["gender", "age", "marital", "hukou", "fees"] as const;
export type WordingCategory = (typeof WORDING_CATEGORIES)[number];

export interface WordingFinding {
  category: WordingCategory;
  /** The text that matched, as written (after width normalisation). */
  match: string;
  /** Where it starts in the normalised text. */
  index: number;
}

interface Rule {
  category: WordingCategory;
  pattern: RegExp;
  /** Further checks on a match (the pattern alone cannot say it). */
  accept?: (match: RegExpExecArray, text: string) => boolean;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "35" → 35, "三十五" → 35, "二十" → 20, "十八" → 18. */
function ageNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [tens, ones] = text.includes("十") ? text.split("十") : ["", text];
  const t = text.includes("十") ? (tens ? (CN_DIGITS[tens] ?? 0) : 1) : 0;
  return t * 10 + (ones ? (CN_DIGITS[ones] ?? 0) : 0);
}

/** Reassurances ("不收押金", "no deposit required") use the same words as the demands. */
// The negation must sit in the same clause: "工作不累，押金200元" still asks for a deposit.
const NEGATION_ZH =
  /(不|无|免|没有|无需|无须|不需|不用|绝不|拒绝|从不|报销|承担|公司出|公司支付|公司提供|提供免费)[\p{Script=Han}\s、/]{0,10}$/u;
const NEGATION_EN =
  /\b(no|not|never|without|zero|free of|don't|doesn't|won't|will not|do not|does not|we cover|covered by|reimburse[sd]?)\b[\w\s'-]{0,24}$/i;

function negated(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 30), index);
  return NEGATION_ZH.test(before) || NEGATION_EN.test(before);
}

// A gender word that is not the start of a product or audience term (男装, 女士服装, 女性用户…). Every
// shorter reading is blocked too, so backtracking from 女士 to 女 cannot sneak past the check.
const GENDER_ZH = "(?:男性|女性|男士|女士|男生|女生|男|女)";
const NOT_PRODUCT =
  "(?!\\s*(?:性|士|生|男|女|装|鞋|包|款|式|童|表|靴|帽|袜|衣|裤|裙|服|用|饰|香|护|系|品|类|市场|消费|顾客|客|买家|粉))";
const GENDER_WORD_EN = "(?:males?|females?|men|women|man|woman|boys?|girls?|lad(?:y|ies)|gentlemen)";

// ---------------------------------------------------------------------------------------------
// Rules

const RULES: Rule[] = [
  // Gender ---------------------------------------------------------------------------------------
  {
    // 限男 / 仅限女性 / 只招女生 / 要求男性 / 招聘女士 (but not 不限男女)
    category: "gender",
    pattern: new RegExp(
      `(?<!不)(?:仅限|只限|限于|限|只招|只要|仅招|招聘|招|要求|须为|需为|必须是|最好是)\\s*${GENDER_ZH}${NOT_PRODUCT}`,
      "gu",
    ),
  },
  {
    // 男性优先 / 女士优先 / 男生为主 / 女性者优先
    category: "gender",
    pattern: new RegExp(`${GENDER_ZH}\\s*(?:者)?\\s*(?:优先|为主|更佳|最佳)`, "gu"),
  },
  {
    // 性别：女 / 性别要求 男
    category: "gender",
    pattern: /性别\s*(?:要求|限制)?\s*[:：]?\s*(?:男|女)(?!女|男)/gu,
  },
  {
    // 女 2 名 / 男3人 (a quota by gender)
    category: "gender",
    pattern: /(?<![男女])(?:男|女)\s*[0-9一二两三四五六七八九十]+\s*(?:名|人|位)/gu,
  },
  {
    // male only, women preferred, female candidates only, ladies only (but not "women's shoes")
    category: "gender",
    pattern: new RegExp(
      `\\b${GENDER_WORD_EN}(?!['’]s)\\s+(?:(?:candidates?|applicants?|staff)\\s+)?(?:only|preferred|wanted|required)\\b`,
      "gi",
    ),
  },
  {
    // must be male, only women, should be a man (but not "only women's clothing")
    category: "gender",
    pattern: new RegExp(
      `\\b(?:must be|should be|only|prefer(?:ably)?|preference for)\\s+(?:an?\\s+)?${GENDER_WORD_EN}\\b(?![-'’])`,
      "gi",
    ),
  },
  {
    category: "gender",
    pattern: /\bgender\s*(?:requirement)?\s*[:：]\s*(?:male|female)\b/gi,
  },

  // Age ------------------------------------------------------------------------------------------
  {
    // 35岁以下 / 三十岁以内 / 40 周岁之下 / 25岁左右 / 20岁以上 (not 18岁以上: the legal minimum)
    category: "age",
    // Ages under 16 are about products (适合三岁以下儿童), not applicants.
    pattern: /(\d{1,2}|[一二三四五六七八九十]{1,3})\s*周?岁\s*(以下|以内|之下|之内|内|以上|之上|左右|上下)/gu,
    accept: (m) => {
      const age = ageNumber(m[1]!);
      return age >= 16 && (!["以上", "之上"].includes(m[2]!) || age > 18);
    },
  },
  {
    // 年龄18-35岁 / 年龄：20~30 / 18至35周岁 (not 3-12岁 or 10-14岁: children's sizes)
    category: "age",
    pattern:
      /(?:年龄\s*(?:要求|限制|须|需|在)?\s*[:：]?\s*)?(\d{2})\s*(?:-|~|～|至|到|—|–)\s*(\d{2})\s*周?岁|年龄\s*(?:要求|限制|须|需|在)?\s*[:：]?\s*(\d{2})\s*(?:-|~|～|至|到|—|–)\s*(\d{2})/gu,
    accept: (m) => Number(m[2] ?? m[4]) >= 18,
  },
  {
    // 年龄不超过35 / 年龄小于 30 / 年龄限 35
    category: "age",
    pattern: /年龄\s*(?:不超过|不大于|不高于|小于|低于|限于|限|在)\s*\d{2}/gu,
  },
  {
    // 限90后 / 95后优先 / 00后
    category: "age",
    pattern: /(?<![\d.])(?:60|65|70|75|80|85|90|95|00|05)\s*后(?!\s*(?:台|端|续|期|勤|厨|来|面|方|门|的工作))/gu,
  },
  {
    // under 30 years old, aged below 35, no older than 40 (years of age)
    category: "age",
    pattern:
      /\b(?:aged?\s+)?(?:under|below|younger than|less than|no older than|not older than|not over|over|above|older than)\s+\d{2}\s*(?:years?|yrs?)[\s-]*(?:old|of age)\b/gi,
  },
  {
    // "candidates under 30." / "(under 35)" — a bare number ending the phrase; "under 30 minutes" is not matched
    category: "age",
    pattern: /\b(?:under|younger than|no older than|not older than)\s+\d{2}(?=\s*(?:$|[.,;:!?)\]/]|\b(?:and|or)\b))/gi,
  },
  {
    // aged 18-35, age 20 to 30, age: 25-35, age limit, age requirement (but not "page", "manage")
    category: "age",
    pattern:
      /\bage[ds]?\s*(?:[:：]\s*)?(?:between\s+)?\d{2}\s*(?:-|–|—|to|and)\s*\d{2}\b|\bage\s+(?:limit|requirement|range|restriction|cap)s?\b|\b(?:maximum|max\.?|upper)\s+age\b/gi,
  },
  {
    category: "age",
    pattern: /\b\d{2}\s*(?:-|–|—|to)\s*\d{2}\s*(?:years?|yrs?)[\s-]*old\b/gi,
  },

  // Marital and child status ----------------------------------------------------------------------
  {
    // 已婚已育 / 未婚 / 已育 / 未生育 / 婚育 / 婚否 / 婚姻状况 (not 婚纱, 生育保险, 婚育假)
    category: "marital",
    pattern: /(?:已|未)(?:婚|育|生育|孕)|婚育(?!假)|婚否|婚姻(?:状况|情况|状态)|(?:已|未)(?:有)?(?:孩子|小孩)/gu,
  },
  {
    category: "marital",
    pattern: /(?:要求|限|仅限)\s*单身|单身\s*优先|宝妈\s*优先|(?<!不)限\s*宝妈/gu,
  },
  {
    category: "marital",
    pattern:
      /\b(?:un)?married\b|\bmarital\s+status\b|\b(?:must be|should be)\s+single\b|\bsingle\s+(?:only|preferred)\b|\b(?:no|without|have|having)\s+(?:kids|children)\b|\bchildless\b|\b(?:not|no)\s+pregnan(?:t|cy)\b|\bpregnancy\s+test|\b(?:must not|cannot|can't|should not)\s+be(?:come)?\s+pregnant\b|\bfamily planning\b/gi,
  },

  // Household registration (户口 / 户籍) ------------------------------------------------------------
  {
    // 本地户口 / 杭州户籍 (not 户口不限 or 不限户籍; not 客户口碑, 用户口径, 门户口号)
    category: "hukou",
    pattern: /(?<![客用商账帐开住门农散租储网])(?<!不限\s*)户(?:口|籍)(?!\s*不限)/gu,
  },
  {
    // 本地人优先 / 限本地人 / 本地生源 (not 了解本地人消费习惯, 本地人才)
    category: "hukou",
    pattern:
      /(?<!不)(?:仅限|只限|限|只招|要求|必须是|须为)\s*(?:本地|本市|本省)人|(?:本地|本市|本省)人\s*(?:优先|为主)|(?:本地|本市|本省)(?:籍|生源)/gu,
  },
  {
    category: "hukou",
    pattern:
      /\bhukou\b|\bhousehold registration\b|\blocal\s+(?:residents?|candidates?|applicants?|people|hires?)\s+only\b|\b(?:local|hangzhou|zhejiang)\s+residency\s+(?:required|only|preferred)\b/gi,
  },

  // Fees and deposits charged to applicants ----------------------------------------------------------
  {
    // 押金 / 培训费 / 服装费 / 工装费 / 体检费 / 报名费 / 中介费 / 介绍费 / 资料费 / 建档费 / 入职费 / 培训贷 / 贷款
    category: "fees",
    pattern:
      /押金|(?:入职|培训)保证金|培训费|服装费|工装费|工服费|制服费|体检费|报名费|中介费|介绍费|资料费|材料费|建档费|入职费|上岗费|培训贷|网贷|(?:办理|申请|签订|签|背)\s*贷款|贷款\s*(?:交|缴|支付|付)|分期培训|培训分期/gu,
    accept: (m, text) => !negated(text, m.index),
  },
  {
    // 收费 / 先交钱 — but not a logistics or platform "fee schedule" (物流收费标准)
    category: "fees",
    pattern:
      /(?<!物流|运费|快递|平台|仓储|渠道|头程|尾程|海运|空运|FBA|fba)收费(?!标准|站|规则|方式|模式|政策|项目|情况|明细|结构|方案)|(?:先|需|须|要)(?:交|缴)(?:钱|费)/gu,
    accept: (m, text) => !negated(text, m.index),
  },
  {
    // training fee, uniform fee, registration fee, placement fee (not "FBA fees", "payment processing fees")
    category: "fees",
    pattern:
      /\b(?:training|uniform|registration|application|placement|introduction|onboarding|materials?|medical[- ]exam(?:ination)?|interview|job|entry)\s+(?:fees?|charges?|costs?|payments?)\b/gi,
    accept: (m, text) => !negated(text, m.index),
  },
  {
    // pay a deposit, refundable deposit, deposit required (not "direct deposit", "bank deposits")
    category: "fees",
    pattern:
      /\b(?:pay|paid|pays|paying|charge[sd]?|charging|require[sd]?|refundable|security|cash|upfront|up-front)\s+(?:an?\s+)?deposits?\b|\bdeposits?\s+(?:is\s+|are\s+)?(?:required|needed|payable|of\s+(?:rmb|cny|¥|\d))/gi,
    accept: (m, text) => !negated(text, m.index),
  },
  {
    // pay for your own training, training loan
    category: "fees",
    pattern:
      /\bpay\s+for\s+your\s+own\s+(?:training|uniforms?)\b|\b(?:must|need to|needs to|required to|have to|has to)\s+pay\s+(?:for\s+)?(?:the\s+|your\s+|a\s+)?(?:training|uniforms?|deposit)\b|\btraining\s+loans?\b|\b(?:take out|apply for|sign up for)\s+a\s+loan\b/gi,
    accept: (m, text) => !negated(text, m.index),
  },
];

/** Full-width letters, digits and punctuation as their ASCII forms (１８-３５岁 → 18-35岁); same length. */
function normalise(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, " ");
}

/** Every forbidden requirement in `text`, in the order they appear; overlapping matches count once. */
export function findForbiddenWording(text: string): WordingFinding[] {
  const normalised = normalise(text);
  const findings: WordingFinding[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of normalised.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(m as RegExpExecArray, normalised)) continue;
      findings.push({ category: rule.category, match: m[0].trim(), index: m.index });
    }
  }
  findings.sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  // One finding per stretch of text: "限男性" is not also "男性…".
  const kept: WordingFinding[] = [];
  let end = -1;
  for (const finding of findings) {
    if (finding.index < end) continue;
    kept.push(finding);
    end = finding.index + finding.match.length;
  }
  return kept;
}

/** The fields of a job whose wording is checked, and what is found in each. */
export const CHECKED_FIELDS = ["titleZh", "titleEn", "descriptionZh", "descriptionEn"] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

export type WordingReport = Partial<Record<CheckedField, WordingFinding[]>>;

export function checkJobWording(job: Partial<Record<CheckedField, string>>): WordingReport {
  const report: WordingReport = {};
  for (const field of CHECKED_FIELDS) {
    const findings = findForbiddenWording(job[field] ?? "");
    if (findings.length > 0) report[field] = findings;
  }
  return report;
}

/**
 * Whether these findings keep a job from being published. Every category does today (each is
 * unlawful in an ad); a draft may still be saved with them, so the recruiter can fix it later.
 */
export function blocksPublishing(report: WordingReport): boolean {
  return Object.values(report).some((findings) => findings.length > 0);
}
