import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./helpers/accounts";
import { createCompanyAccountInE2e } from "./helpers/companies";

/**
 * A verified company's recruiter searches the demo fair's discoverable students with an exclusion
 * and a range, opens a candidate (no name, no contact details) and saves the search for the team.
 */
test.describe("candidate search", () => {
  test.use({ locale: "en-US" });
  test.setTimeout(120_000);

  test("a verified recruiter searches with an exclusion and a range, opens a candidate and saves the search", async ({
    page,
  }) => {
    const recruiter = createCompanyAccountInE2e({ email: uniqueEmail("talent"), status: "VERIFIED" });
    await page.goto("/company/candidates");
    await page.getByLabel("Email").fill(recruiter.email);
    await page.getByLabel(/^Password/).fill(recruiter.password);
    await page.getByRole("button", { name: "Log in" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Find candidates");
    await expectAccessible(page);

    // Exclude students who want to work in Ningbo; graduating 2020–2035.
    await page.getByLabel("Desired city criterion 1: requirement").selectOption("exclude");
    await page.getByLabel("Desired city criterion 1", { exact: true }).selectOption("ningbo");
    await page.getByLabel("Graduating from (year)").fill("2020");
    await page.getByLabel("Graduating until (year)").fill("2035");
    await page.getByRole("button", { name: "Search", exact: true }).first().click();

    await expect(page).toHaveURL(/cityMode=exclude/);
    await expect(page).toHaveURL(/gradFrom=2020/);
    await expect(page.getByText("Exclude: Desired city · Ningbo")).toBeVisible();
    await expect(page.getByText("Graduating 2020–2035")).toBeVisible();
    await expect(page.getByRole("heading", { name: /\d+ candidates/ })).toBeVisible();
    // The criteria stay in the form, so the search can be refined.
    await expect(page.getByLabel("Desired city criterion 1: requirement")).toHaveValue("exclude");
    await expectAccessible(page);

    // Open the first candidate: an anonymous profile, the view is recorded.
    const first = page.getByRole("heading", { level: 3 }).getByRole("link").first();
    await expect(first).toBeVisible();
    const searchUrl = page.url();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Candidate profile");
    await expect(page.getByRole("heading", { name: "Anonymous candidate" })).toBeVisible();
    await expect(page.getByText("Your view has been recorded in the audit log.")).toBeVisible();
    await expect(page.getByText("Email", { exact: true })).toHaveCount(0);
    await expectAccessible(page);

    // Save the search for the whole company.
    await page.goto(searchUrl);
    await page.getByLabel(/^Name/).fill("Not Ningbo, 2020–2035");
    await page.getByRole("button", { name: "Save search" }).click();
    await expect(page).toHaveURL(/\/company\/candidates\/saved$/);
    await expect(page.getByRole("status")).toContainText("is saved");
    await expect(page.getByRole("heading", { name: "Not Ningbo, 2020–2035" })).toBeVisible();
    await expect(page.getByText("Exclude: Desired city · Ningbo")).toBeVisible();
    await expectAccessible(page);

    // Running it brings back the same criteria.
    await page.getByRole("link", { name: "Run the saved search “Not Ningbo, 2020–2035”" }).click();
    await expect(page).toHaveURL(/cityMode=exclude/);
    await expect(page.getByText("Graduating 2020–2035")).toBeVisible();
  });
});
