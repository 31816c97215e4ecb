import { LOCALES, type Locale } from "./config";

/** The query parameter that fixes a page's language in its URL (for hreflang alternates and links). */
export const LOCALE_PARAM = "lng";

/** `path` (with its query) for `locale`, or with no fixed language when `locale` is null. */
export function localizedPath(pathname: string, search: string, locale: Locale | null): string {
  const query = new URLSearchParams(search);
  query.delete(LOCALE_PARAM);
  if (locale) query.set(LOCALE_PARAM, locale);
  const rest = query.toString();
  return rest ? `${pathname}?${rest}` : pathname;
}

/** hreflang alternates of a page: one per language plus x-default (no fixed language). */
export function alternates(origin: string, pathname: string, search: string) {
  return [
    ...LOCALES.map((locale) => ({
      hrefLang: locale as string,
      href: origin + localizedPath(pathname, search, locale),
    })),
    { hrefLang: "x-default", href: origin + localizedPath(pathname, search, null) },
  ];
}
