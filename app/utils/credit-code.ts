/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters.
 *
 *   1      registration authority (9 = market regulation, 5 = civil affairs, …)
 *   2      organisation type within that authority (9-1 = enterprise, 9-2 = sole proprietor, …)
 *   3-8    administrative division code of the registering office (GB/T 2260)
 *   9-17   organisation code (GB 11714): 8 characters + its own check character (0-9 or X)
 *   18     check character over 1-17, modulo 31
 *
 * Letters I, O, Z, S and V are never used. Shared by the server and the browser (form checks).
 */

export const CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2] as const;

/** Registration authority code → the organisation type codes it may use (GB 32100-2015, table 1). */
export const REGISTRATION_AUTHORITIES: Readonly<Record<string, { nameZh: string; nameEn: string; types: string }>> = {
  "1": { nameZh: "机构编制", nameEn: "Establishment administration", types: "1239" },
  "2": { nameZh: "外交", nameEn: "Foreign affairs", types: "19" },
  "3": { nameZh: "司法行政", nameEn: "Justice administration", types: "123459" },
  "4": { nameZh: "文化", nameEn: "Culture", types: "19" },
  "5": { nameZh: "民政", nameEn: "Civil affairs", types: "1239" },
  "6": { nameZh: "旅游", nameEn: "Tourism", types: "129" },
  "7": { nameZh: "宗教", nameEn: "Religious affairs", types: "129" },
  "8": { nameZh: "工会", nameEn: "Trade unions", types: "19" },
  "9": { nameZh: "市场监管（工商）", nameEn: "Market regulation", types: "123" },
  A: { nameZh: "中央军委改革和编制办公室", nameEn: "Central Military Commission", types: "19" },
  N: { nameZh: "农业", nameEn: "Agriculture", types: "1239" },
  Y: { nameZh: "其他", nameEn: "Other", types: "1" },
};

const value = (c: string) => CREDIT_CODE_CHARSET.indexOf(c);

/** The 18th character for the first 17 (which must use the code's character set). */
export function creditCodeCheckCharacter(first17: string): string {
  const s = first17.toUpperCase();
  if (s.length !== 17) throw new Error(`Expected 17 characters, got ${s.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = value(s[i]!);
    if (v < 0) throw new Error(`Character "${s[i]}" is not allowed in a credit code`);
    sum += v * WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character (0-9 or X) for the 8-character organisation code body. */
export function organisationCodeCheckCharacter(body8: string): string {
  const s = body8.toUpperCase();
  if (!/^[0-9A-Z]{8}$/.test(s)) throw new Error(`Expected 8 digits or capital letters, got "${body8}"`);
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const c = s.charCodeAt(i);
    const v = c <= 57 ? c - 48 : c - 55; // "0"-"9" → 0-9, "A"-"Z" → 10-35
    sum += v * ORGANISATION_WEIGHTS[i]!;
  }
  const check = 11 - (sum % 11);
  return check === 10 ? "X" : check === 11 ? "0" : String(check);
}

export type CreditCodeProblem = "length" | "charset" | "authority" | "division" | "organisation-check" | "check";

export type CreditCodeResult =
  | {
      ok: true;
      code: string;
      authority: string;
      type: string;
      divisionCode: string;
      organisationCode: string;
    }
  | { ok: false; problem: CreditCodeProblem };

/** Validates a code (case-insensitive, surrounding spaces ignored) and names the first problem found. */
export function checkCreditCode(input: string): CreditCodeResult {
  const code = input.trim().toUpperCase();
  if (code.length !== 18) return { ok: false, problem: "length" };
  for (const c of code) if (value(c) < 0) return { ok: false, problem: "charset" };
  const authority = code[0]!;
  const type = code[1]!;
  if (!REGISTRATION_AUTHORITIES[authority]?.types.includes(type)) return { ok: false, problem: "authority" };
  const divisionCode = code.slice(2, 8);
  if (!/^[1-9]\d{5}$/.test(divisionCode)) return { ok: false, problem: "division" };
  const organisationCode = code.slice(8, 17);
  if (organisationCodeCheckCharacter(organisationCode.slice(0, 8)) !== organisationCode[8])
    return { ok: false, problem: "organisation-check" };
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17]) return { ok: false, problem: "check" };
  return { ok: true, code, authority, type, divisionCode, organisationCode };
}

export function isValidCreditCode(code: string): boolean {
  return checkCreditCode(code).ok;
}

/**
 * Completes a code from its parts: authority + type (e.g. "91"), a six-digit division code and
 * an eight-character organisation code body; both check characters are computed.
 */
export function composeCreditCode(authorityAndType: string, divisionCode: string, organisationBody: string): string {
  const body = organisationBody.toUpperCase();
  const first17 = `${authorityAndType}${divisionCode}${body}${organisationCodeCheckCharacter(body)}`.toUpperCase();
  return first17 + creditCodeCheckCharacter(first17);
}
