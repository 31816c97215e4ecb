/**
 * The student journey, once in each language: sign up, confirm the mailed link, build a complete
 * bilingual profile step by step, upload a PDF résumé (after a wrong type and an oversized file
 * are refused with clear messages), see the preview as companies see it, give consent, download
 * the data and delete the account. Every page passes axe. Texts come from the locale files, so the
 * test reads what the student reads.
 */
import accountEn from "../app/i18n/locales/account.en";
import accountZh from "../app/i18n/locales/account.zh-CN";
import profileEn from "../app/i18n/locales/profile.en";
import profileZh from "../app/i18n/locales/profile.zh-CN";
import { expectAccessible } from "./axe";
import { expect, test } from "./fixtures";
import { mailedLink, organizerSession, uniqueEmail } from "./helpers/accounts";

const LANGUAGES = [
  { name: "Chinese", browserLocale: "zh-CN", account: accountZh, profile: profileZh },
  { name: "English", browserLocale: "en-US", account: accountEn, profile: profileEn },
] as const;

const PASSWORD = "a long enough password";

/** Labels start with the field's name (a required mark may follow). */
const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);

/** Small generated files: a PDF is recognised by its first bytes. */
const pdf = (name: string, padding = 0) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.concat([Buffer.from("%PDF-1.4\n%e2e résumé\n"), Buffer.alloc(padding, 0x20)]),
});

for (const { name, browserLocale, account, profile: P } of LANGUAGES) {
  test.describe(`a student in ${name}`, () => {
    test.use({ locale: browserLocale });

    test("signs up, builds a complete profile, uploads a résumé, previews it, gives consent and deletes the account", async ({
      page,
      browser,
    }) => {
      test.setTimeout(300_000);
      const main = page.locator("main");
      const email = uniqueEmail("e2e-student");
      const phone = "13912345678";

      // axe once per page (and once more for pages showing errors): each run takes seconds.
      const checked = new Set<string>();
      const accessible = async () => {
        const path = new URL(page.url()).pathname;
        if (checked.has(path)) return;
        checked.add(path);
        await expectAccessible(page);
      };
      const saved = async (flash = P.flash.saved) => {
        await expect(page.getByRole("status").filter({ hasText: flash })).toBeVisible();
        await accessible();
      };
      const saveAndContinue = async (next: string) => {
        await main.getByRole("button", { name: P.builder.saveAndContinue }).click();
        await page.waitForURL(new RegExp(`/student/profile/${next}$`));
        await saved();
      };
      // The list of what was added grows by one when the save has gone through (the "Saved" notice
      // of the previous item may still be on screen).
      const added = main.getByTestId("added-items").getByRole("listitem");
      const add = async () => {
        const before = await added.count();
        await main.getByRole("button", { name: P.builder.add, exact: true }).click();
        await expect(added).toHaveCount(before + 1);
        await saved();
      };
      const goTo = async (path: string) => {
        await page.goto(path);
        await accessible();
      };

      // --- Sign up and confirm ---------------------------------------------------------------
      await goTo("/signup");
      await main.getByLabel(starts(account.fields.email)).fill(email);
      await main.getByLabel(starts(account.fields.password)).fill(PASSWORD);
      await main.getByRole("checkbox").check();
      await main.getByRole("button", { name: account.signup.submit, exact: true }).click();
      await expect(page.getByRole("heading", { name: account.signup.sentTitle })).toBeVisible();

      const organizer = await organizerSession(browser);
      const link = await mailedLink(organizer.page, email);
      await organizer.close();
      await page.goto(link);
      await page.getByRole("button", { name: account.verify.confirm }).click();
      await page.waitForURL(/\/student$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(P.dashboard.title);
      await accessible();

      // --- The profile, step by step -----------------------------------------------------------
      await main.getByRole("link", { name: P.dashboard.continue }).click();
      await page.waitForURL(/\/student\/profile\/personal$/);
      await accessible();
      await main.getByLabel(starts(P.fields.fullNameZh)).fill("周小雨");
      await main.getByLabel(starts(P.fields.fullNameEn)).fill("Zhou Xiaoyu");
      await main.getByLabel(starts(P.fields.phone)).fill(phone);
      await main.getByLabel(starts(P.fields.city)).selectOption("hangzhou");
      await saveAndContinue("about");

      // Contact details in free text are refused, with the reason next to the field.
      await main.getByLabel(starts(P.fields.headlineZh)).fill(`跨境电商运营，电话 ${phone}`);
      await main
        .getByLabel(starts(P.fields.headlineEn))
        .fill("Cross-border operations graduate with Amazon experience");
      await main.getByLabel(starts(P.fields.summaryZh)).fill("在校期间运营过速卖通店铺，月销售额 3 万元。");
      await main.getByLabel(starts(P.fields.summaryEn)).fill("Ran an AliExpress shop at college, 30,000 CNY a month.");
      await main.getByRole("button", { name: P.builder.saveAndContinue }).click();
      await expect(main.getByText(P.errors.contactInText)).toBeVisible();
      await expectAccessible(page);
      await main.getByLabel(starts(P.fields.headlineZh)).fill("熟悉亚马逊运营的跨境电商应届生");
      await saveAndContinue("education");

      const college = main.getByLabel(starts(P.fields.college));
      await college.selectOption({ index: 1 });
      await main.getByLabel(starts(P.fields.major)).selectOption({ index: 1 });
      await main.getByLabel(starts(P.fields.degree)).selectOption("ASSOCIATE");
      await main.getByLabel(starts(P.fields.graduationYear)).fill("2026");
      await saveAndContinue("skills");

      for (const [skill, level] of [
        ["excel", "3"],
        ["amazon-seller-central", "2"],
        ["google-ads", "1"],
      ] as const) {
        await main.getByLabel(starts(P.fields.skill)).selectOption(skill);
        await main.locator(`input[name="level"][value="${level}"]`).check();
        await main.getByLabel(starts(P.fields.evidence)).selectOption("COURSE");
        await add();
      }
      await expect(main.getByRole("listitem").filter({ hasText: "Excel" })).toBeVisible();
      await main.getByRole("link", { name: starts(P.builder.next.replace(/\{\{step\}\}.*/, "")) }).click();

      await page.waitForURL(/\/student\/profile\/abilities$/);
      await accessible();
      await main.getByLabel(starts(P.fields.abilityUnit)).selectOption("poa-product-listing");
      await main.getByLabel(starts(P.fields.evidence)).selectOption("OWN_SHOP");
      await main.getByLabel(starts(P.fields.evidenceNote)).fill("AliExpress");
      await add();

      await goTo("/student/profile/languages");
      await main.getByLabel(starts(P.fields.language)).selectOption("en");
      await main.getByLabel(starts(P.fields.languageLevel)).selectOption("en-cet-6");
      await add();

      await goTo("/student/profile/marketplaces");
      await main.locator('input[name="marketplaceKeys"][value="amazon"]').check();
      await main.locator('input[name="marketplaceKeys"][value="aliexpress"]').check();
      await saveAndContinue("awards");

      await main.getByLabel(starts(P.fields.certificationName)).fill("跨境电商 B2B 数据运营 1+X");
      await main.getByLabel(starts(P.fields.year)).fill("2025");
      await add();

      await goTo("/student/profile/experience");
      await main.getByLabel(starts(P.fields.experienceKind)).selectOption("OWN_SHOP");
      await main.getByLabel(starts(P.fields.organisation)).fill("Xiaoyu Home Store");
      await main.getByLabel(starts(P.fields.role)).fill("Owner");
      await main.getByLabel(starts(P.fields.startDate)).fill("2024-09");
      await add();

      await goTo("/student/profile/portfolio");
      await main.getByLabel(starts(P.fields.url)).fill("javascript:alert(1)");
      await main.getByRole("button", { name: P.builder.add, exact: true }).click();
      await expect(main.getByText(P.errors.url)).toBeVisible();
      await main.getByLabel(starts(P.fields.url)).fill("https://shop.example.com/xiaoyu");
      await add();

      await goTo("/student/profile/preferences");
      await main.locator('input[name="desiredFamilies"][value="platform-operation"]').check();
      await main.locator('input[name="desiredCities"][value="hangzhou"]').check();
      await main.getByLabel(starts(P.fields.desiredSalaryMin)).fill("6000");
      await main.getByLabel(starts(P.fields.availableFrom)).fill("2026-07-01");
      await saveAndContinue("resume");

      // --- The résumé: wrong type and too large are refused, a PDF is kept -----------------------
      const file = main.getByLabel(starts(P.fields.resume));
      const upload = () => main.getByRole("button", { name: P.resume.upload, exact: true }).click();
      await file.setInputFiles({ name: "resume.pdf", mimeType: "application/pdf", buffer: Buffer.from("just text") });
      await upload();
      await expect(main.getByText(P.errors.resumeWrongType)).toBeVisible();
      await expectAccessible(page);
      await file.setInputFiles(pdf("big.pdf", 5.5 * 1024 * 1024));
      await upload();
      await expect(main.getByText(P.errors.resumeTooLarge)).toBeVisible();
      // Over 6 MB the server refuses the upload from its Content-Length alone (413), without parsing it.
      await file.setInputFiles(pdf("huge.pdf", 7 * 1024 * 1024));
      await upload();
      await expect(main.getByText(P.errors.requestTooLarge)).toBeVisible();
      await file.setInputFiles(pdf("zhou-xiaoyu.pdf"));
      await upload();
      await saved(P.flash.resumeUploaded);
      await expect(main.getByText("zhou-xiaoyu.pdf")).toBeVisible();

      await goTo("/student/profile");
      await expect(main.getByText(P.completeness.complete)).toBeVisible();
      await expect(main.getByText("100%")).toBeVisible();

      // --- The preview: what companies see -------------------------------------------------------
      await goTo("/student/profile/preview");
      const search = main.getByRole("region", { name: P.preview.searchTitle });
      const applied = main.getByRole("region", { name: P.preview.applicationTitle });
      await expect(search.getByText(P.preview.searchOff)).toBeVisible();
      await expect(
        search.getByText(
          name === "Chinese"
            ? "熟悉亚马逊运营的跨境电商应届生"
            : "Cross-border operations graduate with Amazon experience",
        ),
      ).toBeVisible();
      await expect(search).not.toContainText(phone);
      await expect(search).not.toContainText(email);
      await expect(search).not.toContainText("zhou-xiaoyu.pdf");
      await expect(applied).toContainText(phone);
      await expect(applied).toContainText(email);
      await expect(applied.getByRole("link", { name: /zhou-xiaoyu\.pdf/ })).toBeVisible();

      // --- Consent, download my data, delete my account ------------------------------------------
      await goTo("/student/privacy");
      const discoverable = P.privacy.consents.DISCOVERABLE.title;
      await main
        .getByRole("button", { name: P.privacy.consents.giveNamed.replace("{{purpose}}", discoverable) })
        .click();
      await saved(P.flash.consentGiven);
      await expect(main.getByTestId("consent-status-DISCOVERABLE")).toContainText(
        P.privacy.consents.given.replace(/\s*[（(].*/, ""),
      );
      await goTo("/student/profile/preview");
      await expect(main.getByText(P.preview.searchOff)).toHaveCount(0);

      await goTo("/student/privacy");
      const download = page.waitForEvent("download");
      await main.getByRole("link", { name: P.privacy.export.download }).click();
      const exported = await download;
      expect(exported.suggestedFilename()).toMatch(/^e-landing-data-\d{4}-\d{2}-\d{2}\.json$/);

      await main.getByLabel(starts(P.privacy.delete.password)).fill(PASSWORD);
      await main.getByRole("checkbox", { name: P.privacy.delete.confirm }).check();
      await main.getByRole("button", { name: P.privacy.delete.submit }).click();
      await page.waitForURL((url) => url.pathname === "/");
      await expect(page.getByRole("status").filter({ hasText: P.flash.accountDeleted })).toBeVisible();
      await expect(page.getByRole("link", { name: account.nav.login })).toBeVisible();
      await expectAccessible(page);
    });
  });
}
