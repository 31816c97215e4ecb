import { expect, test } from "./fixtures";
import { expectAccessible } from "./axe";
import { mailedLink, organizerSession, uniqueEmail } from "./helpers/accounts";

test.describe("accounts", () => {
  test.use({ locale: "zh-CN" });

  test("a student signs up, confirms the mailed link and is signed in; wrong passwords are refused", async ({
    page,
    browser,
  }) => {
    const email = uniqueEmail("student");
    await page.goto("/signup");
    await expectAccessible(page);
    // Nothing accepted without the privacy notice, and the form says why.
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel(/^密码/).fill("a long enough password");
    await page.getByRole("button", { name: "注册" }).click();
    await expect(page.getByRole("alert")).toBeVisible();
    await expect(page.getByText("需要同意才能继续。")).toBeVisible();

    await page.getByLabel(/^密码/).fill("a long enough password");
    await page.getByLabel(/我已阅读并同意隐私政策/).check();
    await page.getByRole("button", { name: "注册" }).click();
    await expect(page.getByRole("heading", { name: "请查收邮件" })).toBeVisible();

    // The organizer reads the demo mailbox, where mail goes without SMTP.
    const organizer = await organizerSession(browser);
    const link = await mailedLink(organizer.page, email);
    await expectAccessible(organizer.page);
    await organizer.close();

    await page.goto(link);
    await page.getByRole("button", { name: "确认邮箱" }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page.getByRole("status")).toHaveText("您已退出登录。");

    await page.goto("/login");
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel(/^密码/).fill("not the password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("alert")).toContainText("邮箱或密码不正确。");
    await page.getByLabel(/^密码/).fill("a long enough password");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  });
});
