import { TIME_ZONE } from "~/i18n/format";

const ymd = new Intl.DateTimeFormat("en-CA", {
  timeZone: TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** "2025-07-01" in Hangzhou time, for <input type="date">. */
export function dateInputValue(date: Date | string | null | undefined): string {
  return date ? ymd.format(new Date(date)) : "";
}

/** "2025-07", for <input type="month">. */
export function monthInputValue(date: Date | string | null | undefined): string {
  return dateInputValue(date).slice(0, 7);
}
