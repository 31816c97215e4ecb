import type { MetaArgs, MetaDescriptor } from "@remix-run/node";
import type { TFunction } from "i18next";
import { FALLBACK_LOCALE, isLocale, translator, type Locale } from "~/i18n/config";
import { alternates } from "~/i18n/urls";

interface RootData {
  locale?: unknown;
  origin?: string;
}

const rootData = (matches: MetaArgs["matches"]) =>
  matches.find((match) => match.id === "root")?.data as RootData | undefined;

/** The locale the root loader chose (the fallback when the root loader failed). */
export function metaLocale(matches: MetaArgs["matches"]): Locale {
  const locale = rootData(matches)?.locale;
  return isLocale(locale) ? locale : FALLBACK_LOCALE;
}

export function metaTranslator(matches: MetaArgs["matches"]): TFunction {
  return translator(metaLocale(matches));
}

/** Title, description and the page's hreflang alternates, in the visitor's language. */
export function pageMeta(
  { matches, location }: Pick<MetaArgs, "matches" | "location">,
  title: string,
  description?: string,
): MetaDescriptor[] {
  const origin = rootData(matches)?.origin;
  return [
    { title },
    ...(description ? [{ name: "description", content: description }] : []),
    ...(origin
      ? alternates(origin, location.pathname, location.search).map((link) => ({
          tagName: "link" as const,
          rel: "alternate",
          ...link,
        }))
      : []),
  ];
}
