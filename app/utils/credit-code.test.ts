import { describe, expect, it } from "vitest";
import {
  checkCreditCode,
  composeCreditCode,
  creditCodeCheckCharacter,
  isValidCreditCode,
  organisationCodeCheckCharacter,
} from "./credit-code";

// Published codes of well-known companies, plus the worked example from GB 32100-2015 itself.
// Both check characters were recomputed by hand from the weights, not taken on trust.
const VALID = [
  "91350100M000100Y43", // the standard's example
  "91330100716105852F", // 阿里巴巴（中国）有限公司
  "9144030071526726XG", // 深圳市腾讯计算机系统有限公司 (organisation check digit X)
  "914403001922038216", // 华为技术有限公司
  "91330100799655058B",
  "91310000607216596U",
];

describe("unified social credit code", () => {
  it.each(VALID)("accepts %s", (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it("accepts lower case and surrounding spaces, and reports the parts", () => {
    const result = checkCreditCode(" 91330100716105852f ");
    expect(result).toEqual({
      ok: true,
      code: "91330100716105852F",
      authority: "9",
      type: "1",
      divisionCode: "330100",
      organisationCode: "716105852",
    });
  });

  it("computes the 18th character over the first 17", () => {
    expect(creditCodeCheckCharacter("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheckCharacter("9144030071526726X")).toBe("G");
    expect(creditCodeCheckCharacter("91330100799655058")).toBe("B");
  });

  it("computes the GB 11714 organisation code check digit, including X and 0", () => {
    expect(organisationCodeCheckCharacter("71526726")).toBe("X");
    expect(organisationCodeCheckCharacter("M000100Y")).toBe("4");
    expect(organisationCodeCheckCharacter("71610585")).toBe("2");
    expect(organisationCodeCheckCharacter("00000000")).toBe("0"); // 11 - 0 = 11 maps to "0"
  });

  it("names the problem with an invalid code", () => {
    expect(checkCreditCode("91330100716105852")).toEqual({ ok: false, problem: "length" });
    expect(checkCreditCode("91330100716105852FF")).toEqual({ ok: false, problem: "length" });
    expect(checkCreditCode("91330100716I05852F")).toEqual({ ok: false, problem: "charset" }); // I is never used
    expect(checkCreditCode("91330100716105852O")).toEqual({ ok: false, problem: "charset" });
    expect(checkCreditCode("94330100716105852F")).toEqual({ ok: false, problem: "authority" }); // 9-4 does not exist
    expect(checkCreditCode("B1330100716105852F")).toEqual({ ok: false, problem: "authority" });
    expect(checkCreditCode("91A30100716105852F")).toEqual({ ok: false, problem: "division" });
    expect(checkCreditCode("91330100716105853F")).toEqual({ ok: false, problem: "organisation-check" });
    expect(checkCreditCode("91330100716105852G")).toEqual({ ok: false, problem: "check" });
  });

  it("catches every single-character typo in the check character", () => {
    const code = "91330100716105852F";
    for (const c of "0123456789ABCDEGHJKLMNPQRTUWXY") expect(isValidCreditCode(code.slice(0, 17) + c)).toBe(false);
  });

  it("composes a valid code from its parts", () => {
    expect(composeCreditCode("91", "350100", "M000100Y")).toBe("91350100M000100Y43");
    expect(composeCreditCode("91", "330108", "MA2H3K7Q")).toMatch(/^91330108MA2H3K7Q[0-9X][0-9A-Y]$/);
    expect(isValidCreditCode(composeCreditCode("91", "330108", "MA2H3K7Q"))).toBe(true);
  });

  it("rejects characters outside the code's character set when computing a check character", () => {
    expect(() => creditCodeCheckCharacter("91350100M000100S4")).toThrow(/not allowed/);
    expect(() => creditCodeCheckCharacter("9135")).toThrow(/17 characters/);
  });
});
