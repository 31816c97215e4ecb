import { describe, expect, it } from "vitest";
import { detectLocale, localeCookie, localeFromAcceptLanguage } from "./detect.server";

describe("localeFromAcceptLanguage", () => {
  it.each([
    ["zh-CN,zh;q=0.9,en;q=0.8", "zh-CN"],
    ["zh-TW", "zh-CN"],
    ["zh-Hans-CN", "zh-CN"],
    ["zh", "zh-CN"],
    ["en-US,en;q=0.9", "en"],
    ["en-GB, zh-CN;q=0.5", "en"],
    ["en;q=0.4, zh;q=0.8", "zh-CN"],
    ["fr-FR, zh;q=0.5", "zh-CN"],
    ["fr-FR, de;q=0.5", "en"],
    ["zh;q=0, en", "en"],
    ["*", "en"],
    ["garbage;;;", "en"],
  ])("%s → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  it("falls back to English without a header", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});

describe("detectLocale", () => {
  const request = (headers: Record<string, string>) => new Request("http://localhost/", { headers });

  it("prefers the switcher's cookie over Accept-Language", async () => {
    const cookie = (await localeCookie().serialize("en")).split(";")[0]!;
    expect(await detectLocale(request({ Cookie: cookie, "Accept-Language": "zh-CN" }))).toBe("en");
  });

  it("ignores a cookie naming a language we do not have", async () => {
    const cookie = (await localeCookie().serialize("fr")).split(";")[0]!;
    expect(await detectLocale(request({ Cookie: cookie, "Accept-Language": "zh-CN" }))).toBe("zh-CN");
    expect(await detectLocale(request({ Cookie: "lng=%%%not-base64", "Accept-Language": "zh" }))).toBe("zh-CN");
  });
});
