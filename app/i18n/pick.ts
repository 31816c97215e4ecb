import type { Locale } from "./config";

/** Picks the stored text in the active language from a record with `<field>Zh` / `<field>En` columns. */
export function pickLocalized<F extends string>(
  record: Record<`${F}Zh` | `${F}En`, string>,
  field: F,
  locale: Locale,
): string {
  return locale === "zh-CN" ? record[`${field}Zh`] : record[`${field}En`];
}
