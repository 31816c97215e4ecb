import type { Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./helpers/accounts";
import { findDemoRecruiterInE2e } from "./helpers/companies";
import { copyStudentAccountInE2e } from "./helpers/students";

const DEMO_PASSWORD = "elanding-demo-2026";

async function logIn(page: Page, email: string, password: string, next: string) {
  await page.goto(`/login?redirectTo=${encodeURIComponent(next)}`);
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  // The log-in button of the page, not the language switcher's in the header.
  await page
    .getByRole("main")
    .getByRole("button", { name: /^(登录|Log in)$/ })
    .click();
  await page.waitForURL((url) => url.pathname === next);
}

/**
 * "Jobs for you" and ranked candidates, on the demo fair: scores with explanations in both
 * languages (a course named for a gap), the personalisation switch, and a verified recruiter's
 * ranked candidates for one of the company's jobs.
 */
test.describe("jobs for you", () => {
  test.setTimeout(90_000);

  const cases = [
    {
      locale: "zh-CN",
      email: "student0001@demo.e-landing.cn",
      title: "为你推荐的岗位",
      lack: "你还欠缺的",
      match: "你符合的要求",
      course: "可学习：",
      score: /匹配度 \d+/,
    },
    {
      locale: "en-US",
      email: "student0002@demo.e-landing.cn",
      title: "Jobs for you",
      lack: "What you lack",
      match: "Why you match",
      course: "Learn it in:",
      score: /\d+% match/,
    },
  ] as const;

  for (const c of cases) {
    test.describe(c.locale, () => {
      test.use({ locale: c.locale });

      test(`a demo student sees scored, explained jobs with courses for the gaps (${c.locale})`, async ({ page }) => {
        await logIn(page, c.email, DEMO_PASSWORD, "/student/jobs-for-you");
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(c.title);
        const results = page.locator("ol").first();
        const first = results.locator("> li").first();
        await expect(first.getByText(c.score)).toBeVisible();
        await expect(first.getByRole("heading", { name: c.match })).toBeVisible();
        // Somewhere on the first page a gap is named with a course that teaches it.
        await expect(results.getByRole("heading", { name: c.lack }).first()).toBeVisible();
        await expect(results.getByText(c.course).first()).toBeVisible();
        // The scores are in order, best first.
        const scores = (await results.locator("> li").getByText(c.score).allTextContents()).map((text) =>
          Number(/\d+/.exec(text)![0]),
        );
        expect(scores.length).toBeGreaterThan(1);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        await expectAccessible(page);
      });
    });
  }

  test.describe("personalisation", () => {
    test.use({ locale: "en-US" });

    test("turning personalisation off shows plain search; turning it on brings the scores back", async ({ page }) => {
      const student = copyStudentAccountInE2e({
        email: uniqueEmail("matching"),
        copyOf: "student0002@demo.e-landing.cn",
      });
      await logIn(page, student.email, student.password, "/student/jobs-for-you");
      await expect(page.getByText(/\d+% match/).first()).toBeVisible();

      await page.getByRole("button", { name: "Turn personalisation off" }).click();
      await expect(page.getByRole("status").filter({ hasText: "Personalised recommendations are off" })).toBeVisible();
      await expect(page.getByText("Personalisation is off: these are all open jobs")).toBeVisible();
      await expect(page.getByRole("heading", { name: /\d+ open jobs/ })).toBeVisible();
      await expect(page.getByText(/\d+% match/)).toHaveCount(0);
      await expectAccessible(page);

      await page.getByRole("button", { name: "Turn personalisation on" }).click();
      await expect(page.getByText(/\d+% match/).first()).toBeVisible();
      await expect(page.getByRole("heading", { name: /\d+ jobs match your profile/ })).toBeVisible();
    });
  });
});

test.describe("ranked candidates", () => {
  test.use({ locale: "en-US" });
  test.setTimeout(90_000);

  test("a demo recruiter opens one of the company's jobs and sees its candidates ranked with explanations", async ({
    page,
  }) => {
    const recruiter = findDemoRecruiterInE2e();
    await logIn(page, recruiter.email, DEMO_PASSWORD, "/company");
    await page.goto(`/company/jobs/${recruiter.jobId}`);
    await page.getByRole("link", { name: "Matching candidates" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Matching candidates");
    const results = page.getByRole("list", { name: "Candidates" });
    await expect(
      results
        .locator("> li")
        .first()
        .getByText(/\d+% match/),
    ).toBeVisible();
    await expect(results.getByRole("heading", { name: "Meets" }).first()).toBeVisible();
    const scores = (
      await results
        .locator("> li")
        .getByText(/\d+% match/)
        .allTextContents()
    ).map((text) => Number(/\d+/.exec(text)![0]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    // No names or contact details on the list.
    await expect(page.getByText(/@/)).toHaveCount(0);
    await expectAccessible(page);
  });
});
