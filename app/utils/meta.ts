import type { MetaArgs, MetaDescriptor } from "@remix-run/node";
import type { TFunction } from "i18next";
import { FALLBACK_LOCALE, isLocale, translator } from "~/i18n/config";

/** The translator for the locale the root loader chose (fallback when the root loader failed). */
export function metaTranslator(matches: MetaArgs["matches"]): TFunction {
  const data = matches.find((match) => match.id === "root")?.data as { locale?: unknown } | undefined;
  return translator(isLocale(data?.locale) ? data.locale : FALLBACK_LOCALE);
}

/** Title and description tags in the visitor's language. */
export function pageMeta(title: string, description?: string): MetaDescriptor[] {
  return [{ title }, ...(description ? [{ name: "description", content: description }] : [])];
}
