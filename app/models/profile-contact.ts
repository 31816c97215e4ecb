/**
 * Contact details in free text. A student's phone and email reach a company only under the consent
 * rules, so free-text fields (headline, summary, experience, awards) refuse them, and the
 * candidate document redacts them again in case one slipped in some other way (imports, seeds).
 */

const PATTERNS = [
  // Email addresses.
  /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu,
  // Mainland mobile numbers, with or without +86 and separators.
  /(?<!\d)(?:\+?86[\s-]?)?1[3-9]\d(?:[\s-]?\d){8}(?!\d)/g,
  // International numbers written with a country code.
  /\+\d{1,3}(?:[\s-]?\d){6,14}(?!\d)/g,
  // Landlines with an area code: 0571-87654321.
  /(?<!\d)0\d{2,3}[\s-]\d{7,8}(?!\d)/g,
  // Messenger handles: "微信: abc_123", "WeChat ID abc123", "QQ 12345678".
  /(?:微信号?|wechat(?:\s*id)?|weixin|vx|qq)\s*[:：]?\s*[A-Za-z0-9_-]{5,}/giu,
];

export function containsContactDetails(text: string): boolean {
  return PATTERNS.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

export const REDACTED = "***";

export function redactContactDetails(text: string): string {
  return PATTERNS.reduce((out, pattern) => out.replace(pattern, REDACTED), text);
}
