/**
 * What a company enters about itself (sign-up and profile editing), as the server checks it. The
 * limits and options the form shows are in ./company-options (kept free of zod for the browser).
 */
import { z } from "zod";
import { INDUSTRY_KEYS } from "~/data/industries";
import { findDistrict } from "~/data/zhejiang";
import { checkCreditCode, type CreditCodeProblem } from "~/utils/credit-code";
import { COMPANY_LIMITS, COMPANY_SIZES } from "./company-options";

/** The i18n key of a credit-code problem. */
export const CREDIT_CODE_ERRORS: Record<CreditCodeProblem, string> = {
  length: "company.errors.creditCode.length",
  charset: "company.errors.creditCode.charset",
  authority: "company.errors.creditCode.authority",
  division: "company.errors.creditCode.division",
  "organisation-check": "company.errors.creditCode.organisationCheck",
  check: "company.errors.creditCode.check",
};

/**
 * The credit code as typed: spaces anywhere and lower case are forgiven (codes are often copied
 * from a licence in groups), the rest must pass GB 32100-2015 including both check characters.
 */
export const creditCodeSchema = z
  .string()
  .max(40)
  .transform((value) => value.replace(/[\s-]/g, "").toUpperCase())
  .superRefine((value, ctx) => {
    if (value === "") {
      ctx.addIssue({ code: "custom", message: "required" });
      return;
    }
    const result = checkCreditCode(value);
    if (!result.ok) ctx.addIssue({ code: "custom", message: CREDIT_CODE_ERRORS[result.problem] });
  });

const placeSchema = z
  .string()
  .max(80)
  .transform((value, ctx) => {
    const [city = "", district = ""] = value.split("/");
    if (!findDistrict(city, district)) {
      ctx.addIssue({ code: "custom", message: value === "" ? "required" : "invalid_value" });
      return z.NEVER;
    }
    return { city, district };
  });

const text = (max: number) => z.string().trim().min(1).max(max);

/** An optional http(s) address with a real host name; empty means none. */
const websiteSchema = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
  z
    .url({ protocol: /^https?$/, hostname: z.regexes.domain })
    .max(COMPANY_LIMITS.website)
    .optional()
    .transform((value) => value ?? null),
);

/** The company's data. `uscc` is the credit code (a field name the form may echo back). */
export const companyFieldsSchema = z.object({
  nameZh: text(COMPANY_LIMITS.nameZh),
  nameEn: text(COMPANY_LIMITS.nameEn),
  uscc: creditCodeSchema,
  industry: z.enum(INDUSTRY_KEYS),
  size: z.enum(COMPANY_SIZES),
  place: placeSchema,
  website: websiteSchema,
  descriptionZh: text(COMPANY_LIMITS.description),
  descriptionEn: text(COMPANY_LIMITS.description),
});

export type CompanyFields = z.output<typeof companyFieldsSchema>;

/** The same without the credit code, once it is locked (after verification). */
export const companyFieldsWithoutCodeSchema = companyFieldsSchema.omit({ uscc: true });
