/**
 * The search page over HTTP on the production build: a bad "near" or a distance sort without a
 * place is a translated 400 (never a 500), a place shows each job's distance, and a search with
 * no results offers a way out in the page the server renders.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "~/db.server";
import { seedSmallDemo } from "../../../scripts/test/demo";
import { startTestServer, type TestServer } from "../../../scripts/test/http";

let server: TestServer;

beforeAll(async () => {
  await seedSmallDemo();
  server = await startTestServer();
}, 180_000);

afterAll(() => server?.close());

async function page(query: string, language = "en") {
  const response = await fetch(`${server.url}/jobs?${query}`, { headers: { "Accept-Language": language } });
  return { status: response.status, html: await response.text() };
}

describe("the search page", () => {
  it.each([
    ["near=atlantis", "en", "is neither a known college nor a “latitude,longitude” point."],
    ['near=30.2,120.1%20OR%20id%20%3D%20"x"', "en", "is neither a known college"],
    ["near=zjgsu&radius=3", "en", "“radius” has a value we do not know."],
    ["sort=distance", "en", "Sorting by distance needs a place to measure from"],
    ["sort=distance", "zh-CN", "按距离排序需要先选择一个“附近”的位置。"],
  ])("answers %s with a 400 that explains it (%s)", async (query, language, message) => {
    const { status, html } = await page(query, language);
    expect(status).toBe(400);
    expect(html.replace(/&quot;/g, '"')).toContain(message);
  });

  it("shows how far each job is from the chosen college, nearest first", async () => {
    const college = await prisma.college.findFirstOrThrow({ orderBy: { key: "asc" } });
    const { status, html } = await page(`near=${college.key}&radius=25&sort=distance`);
    expect(status).toBe(200);
    const distances = [...html.matchAll(/([\d.,]+) (km|m) away/g)].map(
      ([, value, unit]) => Number(value!.replace(/,/g, "")) * (unit === "km" ? 1000 : 1),
    );
    expect(distances.length).toBeGreaterThan(0);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
  });

  it("renders 'did you mean' links that keep the rest of the search", async () => {
    const { status, html } = await page("q=amzn&city=hangzhou");
    expect(status).toBe(200);
    expect(html).toContain("Try one of these");
    expect(html).toMatch(/href="\/jobs\?q=amz&amp;city=hangzhou"[^>]*>Did you mean “amz”\? \(/);
    expect(html).toMatch(/href="\/jobs\?city=hangzhou"[^>]*>Any words, same filters/);
  });

  it("offers visitors to log in before saving a search", async () => {
    const { html } = await page("q=amazon");
    expect(html).toContain("Log in to save this search");
  });
});
