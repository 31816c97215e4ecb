import { describe, expect, it } from "vitest";
import {
  formatCurrency,
  formatDate,
  formatDateTimeRange,
  formatList,
  formatNumber,
  formatRelativeTime,
} from "./format";

describe("Intl formatting helpers", () => {
  it("group digits per locale", () => {
    expect(formatNumber("en", 15000)).toBe("15,000");
    expect(formatNumber("zh-CN", 15000)).toBe("15,000");
  });

  it("format CNY salaries without decimals", () => {
    expect(formatCurrency("zh-CN", 8500)).toBe("¥8,500");
    expect(formatCurrency("en", 8500)).toBe("CN¥8,500");
  });

  it("print fair dates in Hangzhou time, whatever the server's time zone", () => {
    // 23:30 UTC on 4 Dec is already 5 Dec in Hangzhou.
    const instant = new Date("2026-12-04T23:30:00Z");
    expect(formatDate("zh-CN", instant, { dateStyle: "long" })).toBe("2026年12月5日");
    expect(formatDate("en", instant, { dateStyle: "long" })).toBe("December 5, 2026");
  });

  it("collapse a same-day session into one date with a time range", () => {
    const start = new Date("2026-12-05T01:00:00Z"); // 09:00 in Hangzhou
    const end = new Date("2026-12-05T08:00:00Z"); // 16:00
    expect(formatDateTimeRange("zh-CN", start, end)).toBe("2026年12月5日星期六 09:00–16:00");
    expect(formatDateTimeRange("en", start, end)).toBe("Saturday, December 5, 2026, 9:00 AM – 4:00 PM");
  });

  it("print plain spaces, so the server's and the browser's ICU agree (hydration)", () => {
    const outputs = [
      formatDateTimeRange("en", new Date("2026-12-05T01:00:00Z"), new Date("2026-12-05T08:00:00Z")),
      formatDate("en", new Date("2026-12-05T01:00:00Z"), { timeStyle: "short" }),
      formatCurrency("en", 12000),
    ];
    for (const text of outputs) expect(text).not.toMatch(/[\u00a0\u2009\u202f]/);
  });

  it("join lists the way each language does", () => {
    expect(formatList("zh-CN", ["Excel", "SQL", "Python"])).toBe("Excel、SQL和Python");
    expect(formatList("en", ["Excel", "SQL", "Python"])).toBe("Excel, SQL, and Python");
  });

  it("say how long ago or how soon", () => {
    const now = new Date("2026-11-26T12:00:00Z");
    expect(formatRelativeTime("en", new Date("2026-11-23T12:00:00Z"), now)).toBe("3 days ago");
    expect(formatRelativeTime("zh-CN", new Date("2026-11-23T12:00:00Z"), now)).toBe("3天前");
    expect(formatRelativeTime("en", new Date("2026-12-10T12:00:00Z"), now)).toBe("in 2 weeks");
    expect(formatRelativeTime("en", new Date("2026-11-25T12:00:00Z"), now)).toBe("yesterday");
  });
});
