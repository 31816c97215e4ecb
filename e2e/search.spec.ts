import accountEn from "../app/i18n/locales/account.en";
import J from "../app/i18n/locales/jobsearch.en";
import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { mailedLink, organizerSession, uniqueEmail } from "./helpers/accounts";

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

test.describe("job search, finished (English)", () => {
  test.use({ locale: "en-US" });

  test("updates results while typing, without reloading the page or adding history entries", async ({ page }) => {
    await page.goto("/jobs");
    await expect(page.locator("#results-heading")).toHaveText(/[\d,]+ jobs?$/);
    // A marker that a full page load would wipe out.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    const historyBefore = await page.evaluate(() => history.length);

    await page.getByLabel("Keywords").pressSequentially("logistics", { delay: 40 });
    await expect(page).toHaveURL(/[?&]q=logistics(&|$)/);
    await expect(page.locator("#results-heading")).toHaveText(/jobs? for “logistics”/);
    await expect(page.locator("#results")).toHaveAttribute("aria-busy", "false");
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    await expectAccessible(page);
  });

  test("finds jobs near a college, nearest first, each with its distance", async ({ page }, testInfo) => {
    await page.goto("/jobs");
    if (testInfo.project.name === "mobile") await page.getByText("Filters", { exact: true }).click();
    const place = page.getByLabel(J.near.place);
    await place.selectOption({ index: 1 });
    await expect(page).toHaveURL(/[?&]near=/);
    await page.getByLabel(J.near.radius, { exact: true }).selectOption("25");
    await expect(page).toHaveURL(/[?&]radius=25/);
    await page.getByLabel("Sort by").selectOption("distance");
    await expect(page).toHaveURL(/sort=distance/);
    const first = page.locator("ol > li").first();
    await expect(first).toContainText(/\d+(\.\d)? (km|m) away/);
    await expectAccessible(page);
  });

  test("offers a corrected word and a way out of filters when nothing matches", async ({ page }) => {
    await page.goto("/jobs?q=amzn");
    const help = page.getByRole("region", { name: J.didYouMean.title });
    await expect(help).toBeVisible();
    await expectAccessible(page);
    await help.getByRole("link", { name: /Did you mean “amz”\?/ }).click();
    await expect(page).toHaveURL(/[?&]q=amz(&|$)/);
    await expect(page.locator("#results-heading")).toHaveText(/[\d,]+ jobs? for “amz”/);
  });

  test("a student saves a search with an alert, renames it and deletes it", async ({ page, browser }) => {
    test.setTimeout(120_000);
    const email = uniqueEmail("e2e-saved-search");
    await page.goto("/signup");
    const main = page.locator("main");
    await main.getByLabel(new RegExp(`^${accountEn.fields.email}`)).fill(email);
    await main.getByLabel(new RegExp(`^${accountEn.fields.password}`)).fill("a long enough password");
    await main.getByRole("checkbox").check();
    await main.getByRole("button", { name: accountEn.signup.submit, exact: true }).click();
    await expect(page.getByRole("heading", { name: accountEn.signup.sentTitle })).toBeVisible();
    const organizer = await organizerSession(browser);
    const link = await mailedLink(organizer.page, email);
    await organizer.close();
    await page.goto(link);
    await page.getByRole("button", { name: accountEn.verify.confirm }).click();
    await page.waitForURL(/\/student$/);

    await page.goto("/jobs?q=amazon&city=hangzhou");
    const box = page.getByRole("region", { name: J.save.title });
    await box.getByLabel(J.save.name).fill("Amazon in Hangzhou");
    await box.getByLabel(J.save.alert).selectOption("DAILY");
    await expectAccessible(page);
    await box.getByRole("button", { name: J.save.submit }).click();
    await page.waitForURL(/\/student\/saved-searches$/);
    await expect(page.getByRole("status").filter({ hasText: J.saved.flash.saved })).toBeVisible();
    const saved = page.getByRole("link", { name: "Amazon in Hangzhou", exact: true });
    await expect(saved).toHaveAttribute("href", "/jobs?city=hangzhou&q=amazon");
    await expect(page.getByLabel(J.save.alert)).toHaveValue("DAILY");
    await expectAccessible(page);

    await page.getByLabel(J.save.name).fill("Amazon, Hangzhou");
    await page.getByLabel(J.save.alert).selectOption("INSTANT");
    await page.getByRole("button", { name: J.saved.update }).click();
    await expect(page.getByRole("status").filter({ hasText: J.saved.flash.updated })).toBeVisible();
    await expect(page.getByLabel(J.save.alert)).toHaveValue("INSTANT");

    await page.getByRole("link", { name: "Delete “Amazon, Hangzhou”" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(J.saved.deletePage.title);
    await expectAccessible(page);
    await page.getByRole("button", { name: J.saved.deletePage.confirm }).click();
    await expect(page.getByRole("status").filter({ hasText: J.saved.flash.deleted })).toBeVisible();
    await expect(page.getByText(J.saved.empty)).toBeVisible();
  });

  test("a visitor is offered to log in before saving a search", async ({ page }) => {
    await page.goto("/jobs?q=amazon");
    const box = page.getByRole("region", { name: J.save.title });
    await expect(box.getByRole("link", { name: J.save.logIn })).toHaveAttribute(
      "href",
      `/login?${new URLSearchParams({ redirectTo: "/jobs?q=amazon" })}`,
    );
  });
});
