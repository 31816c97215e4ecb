import { describe, expect, it } from "vitest";
import { isCrossSiteMutation } from "./origin.server";

const own = ["https://jobs.example.cn"];

describe("isCrossSiteMutation", () => {
  it("refuses a POST from another site, by Origin or by Sec-Fetch-Site", () => {
    expect(isCrossSiteMutation("POST", { origin: "https://evil.example" }, own)).toBe(true);
    expect(isCrossSiteMutation("POST", { "sec-fetch-site": "cross-site" }, own)).toBe(true);
    expect(isCrossSiteMutation("DELETE", { origin: "null" }, own)).toBe(true);
  });

  it("allows our own pages, and reads that never change state", () => {
    expect(
      isCrossSiteMutation("POST", { origin: "https://jobs.example.cn", "sec-fetch-site": "same-origin" }, own),
    ).toBe(false);
    expect(isCrossSiteMutation("GET", { origin: "https://evil.example", "sec-fetch-site": "cross-site" }, own)).toBe(
      false,
    );
  });

  it("lets non-browser clients without Origin through (cookies are SameSite=Lax anyway)", () => {
    expect(isCrossSiteMutation("POST", {}, own)).toBe(false);
  });
});
