/**
 * Account steps shared by the journeys: organizers are made with the real CLI (as an operator
 * would), mail is read in the demo mailbox (as the demo does), TOTP codes are computed like an
 * authenticator app.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { totpCode, totpStep } from "../../app/utils/totp.server";

const root = path.resolve(import.meta.dirname, "../..");

/** A fresh address for one test run. */
export function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}@example.com`;
}

/** `npm run organizer:create` against the e2e server's database (it joins the running server). */
export function createOrganizerAccount(email: string, password: string): void {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/organizer.ts", "create", "--email", email, "--password", password],
    { cwd: root, env: { ...process.env, DATA_DIR: path.join(root, ".data", "e2e") }, encoding: "utf8" },
  );
  if (result.status !== 0) throw new Error(`organizer:create failed: ${result.stderr || result.stdout}`);
}

/** Logs in on `page`, enrolling the TOTP authenticator on first use; returns the TOTP key. */
export async function logInAsOrganizer(page: Page, email: string, password: string, key?: string): Promise<string> {
  await page.goto("/login");
  await page.getByLabel(/^(Email|电子邮箱)/).fill(email);
  await page.getByLabel(/^(Password|密码)/).fill(password);
  await page.getByRole("button", { name: /^(Log in|登录)$/ }).click();
  let secret = key;
  if (!secret) {
    await page.waitForURL(/\/organizer\/security/);
    secret = (await page.locator("code").textContent())!.trim();
  } else {
    await page.waitForURL(/\/login\/second-factor/);
  }
  await page.getByLabel(/^(6-digit code|6 位验证码)/).fill(totpCode(secret, totpStep(new Date())));
  await page.getByRole("button", { name: /^(Turn on two-step verification|启用两步验证|Verify|验证)$/ }).click();
  await page.waitForURL(/\/organizer$/);
  return secret;
}

/** An organizer's page in its own browser context, ready to read the demo mailbox. */
export async function organizerSession(
  browser: Browser,
  email = uniqueEmail("organizer"),
  password = "organizer password 123",
) {
  createOrganizerAccount(email, password);
  const context = await browser.newContext({ locale: "en-US" });
  const page = await context.newPage();
  await logInAsOrganizer(page, email, password);
  return { page, email, password, close: () => context.close() };
}

/** The first link of the newest mail to `to`, read in the demo mailbox. */
export async function mailedLink(organizer: Page, to: string): Promise<string> {
  await organizer.goto(`/organizer/mailbox?${new URLSearchParams({ to })}`);
  const text = await organizer.locator("ol li pre").first().textContent();
  const link = text?.match(/https?:\/\/\S+/)?.[0];
  if (!link) throw new Error(`no link in the mail to ${to}: ${text}`);
  // The mail names APP_URL; the test server listens elsewhere: keep the path and query.
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
