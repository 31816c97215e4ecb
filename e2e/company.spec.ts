import crypto from "node:crypto";
import { CREDIT_CODE_CHARSET, composeCreditCode } from "../app/utils/credit-code";
import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures";
import { mailedLink, organizerSession, uniqueEmail } from "./helpers/accounts";

/** A valid credit code no other run uses ("MA" + six random characters of the code's set). */
function randomCreditCode(): string {
  const body = Array.from(crypto.randomBytes(6), (byte) => CREDIT_CODE_CHARSET[byte % 31]).join("");
  return composeCreditCode("91", "330108", `MA${body}`);
}

/** The first 8 bytes are what the server sniffs. */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

test.describe("companies", () => {
  test.use({ locale: "en-US" });

  test("a company signs up and stays pending; an organizer approves it; its owner invites a recruiter who joins", async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    const ownerEmail = uniqueEmail("owner");
    const recruiterEmail = uniqueEmail("recruiter");
    const tag = crypto.randomBytes(4).toString("hex");
    const nameEn = `Hangzhou Seabridge ${tag} Trading Co., Ltd.`;
    const creditCode = randomCreditCode();

    // Sign-up: a wrong check character is refused with a message next to the field.
    await page.goto("/company/signup");
    await expect(page.getByRole("heading", { name: "Company sign-up" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^Email/).fill(ownerEmail);
    await page.getByLabel(/^Password/).fill("owner's long password");
    await page.getByLabel(/^Company name \(Chinese\)/).fill(`杭州海桥${tag}贸易有限公司`);
    await page.getByLabel(/^Company name \(English\)/).fill(nameEn);
    const wrong = creditCode.slice(0, 17) + (creditCode[17] === "1" ? "2" : "1");
    await page.getByLabel(/^Unified social credit code/).fill(wrong);
    await page.getByLabel(/^Industry/).selectOption("cross-border-seller");
    await page.getByLabel(/^Company size/).selectOption("SMALL");
    await page.getByLabel(/^City and district/).selectOption("hangzhou/binjiang");
    await page.getByLabel(/^Website/).fill("https://seabridge.example.com");
    await page.getByLabel(/^About the company \(Chinese\)/).fill("亚马逊与独立站卖家，主营家居用品。");
    await page.getByLabel(/^About the company \(English\)/).fill("Amazon and independent-site seller of homeware.");
    await page.getByLabel(/^Logo/).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await page.getByLabel(/I have read and accept the privacy notice/).check();
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByText("The last character (the check character) is wrong")).toBeVisible();
    await expectAccessible(page);

    // Corrected in place: everything else is still filled in.
    await expect(page.getByLabel(/^Company name \(English\)/)).toHaveValue(nameEn);
    await page.getByLabel(/^Unified social credit code/).fill(creditCode.toLowerCase());
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page.getByRole("heading", { name: "Check your mail" })).toBeVisible();

    // The owner confirms the mailed link (read in the organizers' demo mailbox) and lands on the dashboard.
    const organizer = await organizerSession(browser);
    await page.goto(await mailedLink(organizer.page, ownerEmail));
    await page.getByRole("button", { name: "Confirm my email" }).click();
    await expect(page).toHaveURL(/\/company$/);
    await expect(page.getByRole("heading", { name: "Waiting for the organizers' review" })).toBeVisible();
    await expect(page.getByText("you cannot publish them or see candidates yet")).toBeVisible();
    await expect(page.getByRole("img", { name: `Logo of ${nameEn}` })).toBeVisible();
    await expectAccessible(page);

    // An organizer finds it in the queue and approves it.
    await organizer.page.goto("/organizer/companies");
    await expectAccessible(organizer.page);
    await organizer.page.getByLabel("Company name or credit code").fill(creditCode);
    await organizer.page.getByRole("button", { name: "Filter", exact: true }).click();
    await expect(organizer.page.getByText("1 company", { exact: true })).toBeVisible();
    await organizer.page.getByRole("link", { name: nameEn }).click();
    await expect(organizer.page.getByText("Both check characters are right")).toBeVisible();
    await expect(organizer.page.getByText(ownerEmail)).toBeVisible();
    await expectAccessible(organizer.page);
    await organizer.page.getByRole("button", { name: "Approve", exact: true }).click();
    await expect(organizer.page.getByRole("status")).toContainText(`${nameEn} is verified`);
    await expect(organizer.page.getByText("Approved:")).toBeVisible();
    await expectAccessible(organizer.page);

    // The owner sees it on the dashboard and got the mail.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Verified", exact: true })).toBeVisible();
    await organizer.page.goto(`/organizer/mailbox?${new URLSearchParams({ to: ownerEmail })}`);
    await expect(organizer.page.getByText(`${nameEn} is verified on E-Landing`)).toBeVisible();

    // The owner invites a recruiter.
    await page.getByRole("link", { name: "Recruiting team", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Recruiting team", level: 1 })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(/^Your colleague's email/).fill(recruiterEmail);
    await page.getByRole("button", { name: "Send the invitation" }).click();
    await expect(page.getByRole("status")).toHaveText(`Invitation sent to ${recruiterEmail}.`);
    await expect(page.getByRole("button", { name: `Withdraw the invitation to ${recruiterEmail}` })).toBeVisible();
    await expectAccessible(page);

    // The recruiter opens the link in their own browser, sets a password and lands on the dashboard.
    const link = await mailedLink(organizer.page, recruiterEmail);
    await organizer.close();
    const context = await browser.newContext({ locale: "en-US" });
    const recruiter = await context.newPage();
    await recruiter.goto(link);
    await expect(recruiter.getByText(`${nameEn} invites ${recruiterEmail}`)).toBeVisible();
    await expectAccessible(recruiter);
    await recruiter.getByLabel(/^Password/).fill("recruiter's long password");
    await recruiter.getByLabel(/I have read and accept the privacy notice/).check();
    await recruiter.getByRole("button", { name: "Create the account and join" }).click();
    await expect(recruiter).toHaveURL(/\/company$/);
    await expect(recruiter.getByRole("status")).toHaveText(`Welcome to ${nameEn}!`);
    await expect(recruiter.getByRole("heading", { name: "Verified", exact: true })).toBeVisible();
    await expectAccessible(recruiter);
    await context.close();

    // The owner's team now lists the recruiter, with a confirmation step before any removal.
    await page.reload();
    await page.getByRole("link", { name: `Remove ${recruiterEmail}` }).click();
    await expect(page.getByRole("heading", { name: "Remove a member" })).toBeVisible();
    await expectAccessible(page);
  });
});
