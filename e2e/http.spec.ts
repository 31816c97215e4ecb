import { expect, test } from "@playwright/test";

/** Responses as any HTTP client sees them (no browser needed; runs once, not per viewport). */
test.describe("HTTP behaviour", () => {
  test("every page carries the security headers, with a fresh nonce per request", async ({ request }) => {
    const first = await request.get("/");
    const second = await request.get("/");
    const csp = first.headers()["content-security-policy"]!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(second.headers()["content-security-policy"]).not.toBe(csp);
    expect(first.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
    expect(await first.text()).toContain(`nonce="${nonce}"`);
  });

  test("/healthz reports every dependency", async ({ request }) => {
    const response = await request.get("/healthz");
    expect(response.status()).toBe(200);
    expect(await response.json()).toMatchObject({
      status: "ok",
      db: "ok",
      search: "ok",
      queue: "ok",
      version: expect.any(String),
      backlog: { pending: expect.any(Number), failed: 0 },
    });
  });

  test("the language switcher refuses bad input and off-site redirects without setting a cookie", async ({
    request,
  }) => {
    for (const form of [
      { locale: "fr", redirectTo: "/" },
      { locale: "en", redirectTo: "//evil.example/" },
      { locale: "en", redirectTo: "https://evil.example/" },
    ]) {
      const response = await request.post("/resources/locale", {
        form,
        headers: { "Accept-Language": "zh-CN" },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(400);
      expect(response.headers()["set-cookie"]).toBeUndefined();
      expect(await response.text()).toContain("请求中的参数无法识别");
    }
  });

  test("changing the language needs a POST: a GET changes nothing", async ({ request }) => {
    const response = await request.get("/resources/locale?locale=en&redirectTo=/", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(400);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });
});

test.describe("the public job API", () => {
  test("finds jobs in Chinese, English and with a typo, with exact totals", async ({ request }) => {
    for (const q of ["运营", "跨境电商", "amazon", "amazn"]) {
      const response = await request.get(`/api/v1/jobs?q=${encodeURIComponent(q)}`);
      expect(response.status(), q).toBe(200);
      const body = await response.json();
      expect(body.totalHits, q).toBeGreaterThan(0);
      expect(body.hits.length, q).toBeGreaterThan(0);
    }
  });

  test("rejects page=-1 with a message", async ({ request }) => {
    const response = await request.get("/api/v1/jobs?page=-1");
    expect(response.status()).toBe(400);
    expect((await response.json()).error).toBe("invalid_parameters");
  });

  test("describes itself in OpenAPI", async ({ request }) => {
    const document = await (await request.get("/api/v1/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(document.paths["/api/v1/jobs"].get.parameters.map((p: { name: string }) => p.name)).toContain("q");
  });
});

test("the sitemap lists open jobs with zh-CN, en and x-default alternates", async ({ request }) => {
  const response = await request.get("/sitemap.xml");
  expect(response.headers()["content-type"]).toContain("application/xml");
  const xml = await response.text();
  expect(xml).toMatch(/<loc>[^<]+\/jobs\/[a-z0-9]+<\/loc>/);
  expect(xml).toContain('hreflang="zh-CN"');
  expect(xml).toContain('hreflang="en"');
  expect(xml).toContain('hreflang="x-default"');
  expect((await request.get("/robots.txt")).ok()).toBe(true);
});
