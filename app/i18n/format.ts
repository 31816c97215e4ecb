/**
 * Locale-aware formatting with Intl. Fair times are Hangzhou times: formatting always uses
 * Asia/Shanghai, so the server's and the browser's renderings agree (no hydration mismatch)
 * and a visitor abroad still sees the time printed on the ticket.
 */
import { useTranslation } from "react-i18next";
import { isLocale, FALLBACK_LOCALE, type Locale } from "./config";

export const TIME_ZONE = "Asia/Shanghai";

/**
 * ICU versions differ in the spaces they print (Node's uses narrow no-break and thin spaces around
 * "AM" and "–", Chromium's plain ones), which would break hydration. Print plain spaces everywhere.
 */
function plain(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, " ");
}

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return plain(new Intl.NumberFormat(locale, options).format(value));
}

export function formatCurrency(locale: Locale, amount: number, currency = "CNY"): string {
  return plain(new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(amount));
}

export function formatDate(
  locale: Locale,
  date: Date | string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium" },
): string {
  return plain(new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, ...options }).format(new Date(date)));
}

/** "2026年12月5日星期六 09:00–16:00" / "Saturday, December 5, 2026, 9:00 AM – 4:00 PM": shared parts collapse. */
export function formatDateTimeRange(locale: Locale, start: Date | string, end: Date | string): string {
  const format = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, dateStyle: "full", timeStyle: "short" });
  return plain(format.formatRange(new Date(start), new Date(end)));
}

/** "Excel、SQL和Python" / "Excel, SQL, and Python". */
export function formatList(locale: Locale, items: string[]): string {
  return plain(new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items));
}

const RELATIVE_UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "3 天前" / "in 2 weeks": the largest whole unit between `date` and `now`. */
export function formatRelativeTime(locale: Locale, date: Date | string, now: Date = new Date()): string {
  const seconds = Math.round((new Date(date).getTime() - now.getTime()) / 1000);
  const [unit, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ["second", 1];
  return plain(new Intl.RelativeTimeFormat(locale, { numeric: "auto" }).format(Math.trunc(seconds / size), unit));
}

/** The formatters bound to the active UI language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale: Locale = isLocale(i18n.language) ? i18n.language : FALLBACK_LOCALE;
  return {
    locale,
    number: (value: number, options?: Intl.NumberFormatOptions) => formatNumber(locale, value, options),
    currency: (amount: number, currency?: string) => formatCurrency(locale, amount, currency),
    date: (date: Date | string, options?: Intl.DateTimeFormatOptions) => formatDate(locale, date, options),
    dateTimeRange: (start: Date | string, end: Date | string) => formatDateTimeRange(locale, start, end),
    relativeTime: (date: Date | string, now?: Date) => formatRelativeTime(locale, date, now),
    list: (items: string[]) => formatList(locale, items),
  };
}
