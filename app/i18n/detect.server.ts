import { createCookie } from "@remix-run/node";
import { appUrl } from "~/env.server";
import { FALLBACK_LOCALE, isLocale, type Locale } from "./config";
import { LOCALE_PARAM } from "./urls";

/** The visitor's explicit choice from the language switcher; lasts a year. */
export function localeCookie() {
  return createCookie("lng", {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    secure: appUrl().protocol === "https:",
    maxAge: 60 * 60 * 24 * 365,
  });
}

/**
 * Picks our locale from an Accept-Language header: the most preferred language that is Chinese
 * (any region or script → zh-CN) or English wins; anything else falls back to English.
 */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return FALLBACK_LOCALE;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry) => entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranked) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return FALLBACK_LOCALE;
}

/** A language fixed in the URL (?lng=, as in hreflang alternates) first, then the cookie, then Accept-Language. */
export async function detectLocale(request: Request): Promise<Locale> {
  const inUrl = new URL(request.url).searchParams.get(LOCALE_PARAM);
  if (isLocale(inUrl)) return inUrl;
  const chosen: unknown = await localeCookie().parse(request.headers.get("Cookie"));
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage(request.headers.get("Accept-Language"));
}
