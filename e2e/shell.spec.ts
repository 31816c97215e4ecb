import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { ICP_FILING_NUMBER } from "./playwright.config";

test.describe("a Chinese browser", () => {
  test.use({ locale: "zh-CN" });

  test("gets the home page in Chinese, with the shell, and it is accessible", async ({ page }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("让对的学生，走到对的展位，进入对的岗位");
    await expect(page.getByRole("banner").getByText("E-Landing", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "即将举行的专场" })).toBeVisible();
    // Seeded sessions, dates in Chinese and in Hangzhou time.
    await expect(page.getByText("2026年12月5日星期六 09:00–16:00")).toBeVisible();
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "隐私政策" })).toBeVisible();
    await expect(footer.getByRole("link", { name: ICP_FILING_NUMBER })).toHaveAttribute(
      "href",
      "https://beian.miit.gov.cn/",
    );
    await expectAccessible(page);

    // The hero's search box leads into job search.
    await page.getByRole("search").getByLabel("关键词").fill("海外仓");
    await page.getByRole("search").getByRole("button", { name: "找工作" }).click();
    await expect(page).toHaveURL(/\/jobs\?q=/);
    await expect(page.locator("#results-heading")).toHaveText(/^“海外仓”共 [\d,]+ 个岗位$/);
  });

  test("can switch to English with the keyboard, and the choice sticks", async ({ page }) => {
    await page.goto("/terms");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("服务条款");
    const english = page.getByRole("button", { name: "English" });
    await english.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/terms$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Terms of use");
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");

    await page.getByRole("link", { name: "Home" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "The right student, at the right booth, into the right job",
    );
    await expectAccessible(page);
  });

  test("gets a 404 page in Chinese for an unknown address", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("页面不存在");
    await expect(page).toHaveTitle("出错了 · E-Landing");
    await page.getByRole("link", { name: "返回首页" }).click();
    await expect(page).toHaveURL(/\/$/);
    await expectAccessible(page);
  });
});

test.describe("a browser in another language", () => {
  test.use({ locale: "de-DE" });

  test("gets English, and the 404 page in English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page).toHaveTitle("E-Landing · Hangzhou cross-border e-commerce careers");
    const response = await page.goto("/jobs/does-not-exist");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expectAccessible(page);
  });

  test("navigates client-side after hydration, so the CSP nonce lets our scripts run", async ({ page }) => {
    // A CSP violation or a hydration mismatch would also be a console error (see fixtures.ts).
    await page.goto("/");
    await page.waitForFunction(() => (window as unknown as { __remixContext?: unknown }).__remixContext);
    await page.evaluate(() => ((window as unknown as { marker: string }).marker = "same document"));
    await page.getByRole("contentinfo").getByRole("link", { name: "Privacy" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Privacy notice");
    // A full page load would have wiped the marker: the router handled the click.
    expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe("same document");
    await expectAccessible(page);
  });
});
