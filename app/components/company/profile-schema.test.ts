/** The company form's rules, without a database: what is accepted, what each refusal says. */
import { describe, expect, it } from "vitest";
import { composeCreditCode } from "~/utils/credit-code";
import { companyFieldsSchema, companyFieldsWithoutCodeSchema, creditCodeSchema } from "./profile-schema";

const code = composeCreditCode("91", "330108", "MA2H4K7R");

const valid = {
  nameZh: "杭州蓝海跨境贸易有限公司",
  nameEn: "Hangzhou Lanhai Trading Co., Ltd.",
  uscc: code,
  industry: "cross-border-seller",
  size: "SMALL",
  place: "hangzhou/binjiang",
  website: "https://www.lanhai.example.com",
  descriptionZh: "亚马逊卖家。",
  descriptionEn: "An Amazon seller.",
};

function messages(input: unknown, schema = companyFieldsSchema): Record<string, string[]> {
  const result = schema.safeParse(input);
  if (result.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of result.error.issues) (out[String(issue.path[0])] ??= []).push(issue.message);
  return out;
}

describe("credit code field", () => {
  it("accepts a code typed in lower case, in groups or with dashes, and stores it upper case without spaces", () => {
    const grouped = `${code.slice(0, 6)} ${code.slice(6, 12)}-${code.slice(12)}`.toLowerCase();
    expect(creditCodeSchema.parse(grouped)).toBe(code);
  });

  it("names the problem: length, characters, authority, division, organisation check, final check", () => {
    const problem = (value: string) => creditCodeSchema.safeParse(value).error?.issues[0]?.message;
    expect(problem(code.slice(0, 17))).toBe("company.errors.creditCode.length");
    expect(problem(`${code.slice(0, 17)}I`)).toBe("company.errors.creditCode.charset");
    expect(problem(`99${code.slice(2)}`)).toBe("company.errors.creditCode.authority");
    expect(problem(`91033010${code.slice(8)}`)).toBe("company.errors.creditCode.division");
    const wrongOrgCheck = code.slice(0, 16) + (code[16] === "1" ? "2" : "1") + code[17];
    expect(problem(wrongOrgCheck)).toBe("company.errors.creditCode.organisationCheck");
    const wrongCheck = code.slice(0, 17) + (code[17] === "1" ? "2" : "1");
    expect(problem(wrongCheck)).toBe("company.errors.creditCode.check");
    expect(problem("")).toBe("required");
  });
});

describe("company fields", () => {
  it("accept a complete company and split the place into city and district", () => {
    const result = companyFieldsSchema.parse(valid);
    expect(result).toMatchObject({ uscc: code, place: { city: "hangzhou", district: "binjiang" } });
  });

  it("treat an empty website as none, and refuse addresses that are not http(s) with a real host", () => {
    expect(companyFieldsSchema.parse({ ...valid, website: "  " }).website).toBeNull();
    for (const website of ["javascript:alert(1)", "ftp://lanhai.example.com", "https://localhost", "lanhai"]) {
      expect(messages({ ...valid, website }).website, website).toEqual(["Invalid URL"]);
    }
  });

  it("refuse unknown industries, sizes and places, and a district of another city", () => {
    expect(Object.keys(messages({ ...valid, industry: "casino", size: "HUGE" })).sort()).toEqual(["industry", "size"]);
    expect(messages({ ...valid, place: "hangzhou/haishu" }).place).toEqual(["invalid_value"]);
    expect(messages({ ...valid, place: "" }).place).toEqual(["required"]);
  });

  it("require names and descriptions in both languages, within their limits", () => {
    const errors = messages({ ...valid, nameZh: " ", descriptionEn: "x".repeat(5_001) });
    expect(Object.keys(errors).sort()).toEqual(["descriptionEn", "nameZh"]);
  });

  it("leave the credit code out once it is locked (a sent code is ignored)", () => {
    const result = companyFieldsWithoutCodeSchema.parse({ ...valid, uscc: "anything" });
    expect("uscc" in result).toBe(false);
  });
});
