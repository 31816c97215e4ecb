/**
 * While Meilisearch cannot be reached, every search page (scripts/test/search-pages.ts) answers
 * with a friendly, translated notice — 200 or 503, never a 500 — in Chinese and in English.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import en from "~/i18n/locales/en";
import zhCN from "~/i18n/locales/zh-CN";
import { seed } from "../prisma/seed";
import { freePort } from "../scripts/lib/processes";
import { createCast, type Cast } from "../scripts/test/actors";
import { startTestServer, type TestServer } from "../scripts/test/http";
import { SEARCH_PAGES } from "../scripts/test/search-pages";

const RESOURCES = { "zh-CN": zhCN, en } as const;

function translation(locale: keyof typeof RESOURCES, key: string): string {
  const value = key
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], RESOURCES[locale]);
  if (typeof value !== "string") throw new Error(`No ${locale} text for ${key}`);
  return value;
}

/** HTML as text: React escapes quotes and ampersands. */
const unescape = (html: string) =>
  html
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

let server: TestServer;
let cast: Cast | undefined;

beforeAll(async () => {
  await seed(process.env.DATABASE_URL!, { scale: 0.01, log: () => undefined, quiet: true }); // nothing indexed
  if (SEARCH_PAGES.some((page) => page.actor !== "anonymous")) cast = await createCast();
  // The app under test gets a Meilisearch address where nothing listens.
  process.env.MEILI_URL = `http://127.0.0.1:${await freePort()}`;
  server = await startTestServer();
}, 180_000);

afterAll(() => server?.close());

describe("search pages while Meilisearch is down", () => {
  const cases = SEARCH_PAGES.flatMap((page) => (["zh-CN", "en"] as const).map((locale) => ({ ...page, locale })));

  it.each(cases)(
    "$path as $actor in $locale shows its notice, never a 500",
    async ({ path, actor, notice, locale }) => {
      const cookie = actor === "anonymous" ? undefined : cast!.cookies[actor]!;
      const url = path.replace("{jobX}", cast?.companyX.jobId ?? "");
      const response = await fetch(`${server.url}${url}`, {
        headers: { "Accept-Language": locale, ...(cookie ? { Cookie: cookie } : {}) },
        redirect: "manual",
      });
      expect([200, 503]).toContain(response.status);
      const body = unescape(await response.text());
      expect(body).toContain(translation(locale, notice));
    },
  );
});
