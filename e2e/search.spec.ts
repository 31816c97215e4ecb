import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";

test.describe("a Chinese-speaking student", () => {
  test.use({ locale: "zh-CN" });

  test("searches, narrows with a facet, opens a job and comes back to the same results", async ({ page }, testInfo) => {
    await page.goto("/jobs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("找工作");
    await expectAccessible(page);

    await page.getByLabel("关键词").fill("运营");
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await expect(page).toHaveURL(/[?&]q=%E8%BF%90%E8%90%A5/);
    const count = page.locator("#results-heading");
    await expect(count).toHaveText(/^“运营”共 [\d,]+ 个岗位$/);
    const total = Number((await count.textContent())!.match(/[\d,]+/)![0].replace(/,/g, ""));
    expect(total).toBeGreaterThan(0);
    await expect(page.locator("mark").first()).toBeVisible(); // highlighted matches

    // On a phone the filters are folded away until asked for.
    if (testInfo.project.name === "mobile") await page.getByText("筛选条件", { exact: true }).click();
    const families = page.getByRole("group", { name: "岗位族群" });
    const options = await families.getByRole("checkbox").count();
    await families.getByRole("checkbox").first().check();
    await expect(page).toHaveURL(/[?&]family=/);
    await expect(count).not.toHaveText(`“运营”共 ${total.toLocaleString("en")} 个岗位`);
    // The facet still offers its other options while one is selected.
    await expect(families.getByRole("checkbox")).toHaveCount(options);
    await expect(families.getByRole("checkbox").first()).toBeChecked();
    await expectAccessible(page);

    const firstResult = page.locator("ol h3 a").first();
    const title = (await firstResult.textContent())!;
    await firstResult.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    // Google's required fields, then the recommended ones, as the page really renders them.
    expect(jsonLd).toMatchObject({
      "@type": "JobPosting",
      title,
      description: expect.stringMatching(/^<p>/),
      datePosted: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      hiringOrganization: { "@type": "Organization", name: expect.any(String) },
      jobLocation: { address: { addressLocality: expect.any(String), addressCountry: "CN" } },
      validThrough: expect.stringMatching(/^\d{4}-/),
      baseSalary: { currency: "CNY", value: { minValue: expect.any(Number), maxValue: expect.any(Number) } },
      employmentType: expect.stringMatching(/^(FULL_TIME|PART_TIME|INTERN|CONTRACTOR)$/),
      directApply: false,
      identifier: { value: expect.any(String) },
    });
    await expect(page.getByRole("heading", { name: "参加的招聘会专场" })).toBeVisible();
    await expectAccessible(page);

    await page.goBack();
    await expect(page).toHaveURL(/[?&]family=/);
    await expect(page.getByRole("group", { name: "岗位族群" }).getByRole("checkbox").first()).toBeChecked();
  });
});

test.describe("an English-speaking student", () => {
  test.use({ locale: "en-US" });

  test("finds Amazon jobs despite a typo, sorts by salary and pages through", async ({ page }) => {
    await page.goto("/jobs?q=amazn");
    await expect(page.locator("#results-heading")).toHaveText(/[\d,]+ jobs? for “amazn”/);
    await page.getByLabel("Sort by").selectOption("salary");
    await expect(page).toHaveURL(/sort=salary/);
    await expect(page.getByRole("navigation", { name: "Pages" })).toBeVisible();
    await page.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByRole("link", { name: "Page 2" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);
  });

  test("gets help instead of an empty page when nothing matches", async ({ page }) => {
    await page.goto("/jobs?q=zzqxv%20blorptastic");
    await expect(page.getByRole("heading", { name: "No jobs match your search" })).toBeVisible();
    await expectAccessible(page);
  });

  test("sees a clear message, not an error page, for a bad search address", async ({ page }) => {
    const response = await page.goto("/jobs?page=-1&colour=blue");
    expect(response?.status()).toBe(400);
    const alert = page.getByRole("alert");
    await expect(alert).toContainText("“page” is too small.");
    await expect(alert).toContainText("Unknown parameter “colour”.");
    await expectAccessible(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ locale: "en-US", javaScriptEnabled: false });

  test("the search form and facets still work", async ({ page }) => {
    await page.goto("/jobs");
    await page.getByLabel("Keywords").fill("logistics");
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await expect(page).toHaveURL(/q=logistics/);
    await page.getByRole("group", { name: "City" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/city=/);
    await expect(page.locator("#results-heading")).toHaveText(/jobs? for “logistics”/);
  });
});
