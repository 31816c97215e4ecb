import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, otpauthUri, totpCode, totpStep, verifyTotp } from "./totp.server";

// RFC 6238 appendix B: the SHA-1 seed "12345678901234567890".
const RFC_SECRET = base32Encode(Buffer.from("12345678901234567890"));

describe("TOTP", () => {
  it("round-trips base32", () => {
    expect(RFC_SECRET).toBe("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    expect(base32Decode(RFC_SECRET).toString()).toBe("12345678901234567890");
  });

  it.each([
    [59, "287082"],
    [1111111109, "081804"],
    [1234567890, "005924"],
    [2000000000, "279037"],
  ])("matches RFC 6238's test vectors at T=%i", (seconds, code) => {
    expect(totpCode(RFC_SECRET, totpStep(new Date(seconds * 1000)))).toBe(code);
  });

  it("accepts the current code and its neighbours (clock drift), once", () => {
    const now = new Date(1234567890 * 1000);
    const step = totpStep(now);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, null)).toBe(step);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 1), now, null)).toBe(step - 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step + 1), now, null)).toBe(step + 1);
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step - 2), now, null)).toBeNull();
    // Replay: a code at or before the last accepted step is refused.
    expect(verifyTotp(RFC_SECRET, totpCode(RFC_SECRET, step), now, step)).toBeNull();
  });

  it("refuses anything that is not six digits", () => {
    const now = new Date();
    for (const code of ["", "12345", "1234567", "abcdef", "12 456"])
      expect(verifyTotp(RFC_SECRET, code, now, null)).toBeNull();
  });

  it("builds the URI authenticator apps read", () => {
    expect(otpauthUri(RFC_SECRET, "a@b.cn")).toBe(
      `otpauth://totp/E-Landing%3Aa%40b.cn?secret=${RFC_SECRET}&issuer=E-Landing&algorithm=SHA1&digits=6&period=30`,
    );
  });
});
