import { test as base, expect } from "@playwright/test";

/**
 * Every page a test opens must stay free of console errors and uncaught exceptions (hydration
 * mismatches, CSP violations, missing assets). A document the test navigated to on purpose may
 * answer 404 or 500 without that counting as an error.
 */
export const test = base.extend({
  page: async ({ page }, use) => {
    const errors: string[] = [];
    const documents = new Set<string>();
    page.on("request", (request) => {
      if (request.isNavigationRequest()) documents.add(request.url());
    });
    page.on("console", (message) => {
      if (message.type() !== "error") return;
      const expectedStatus =
        message.text().startsWith("Failed to load resource") && documents.has(message.location().url);
      if (!expectedStatus) errors.push(`${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    await use(page);
    expect(errors, "console errors on the pages this test visited").toEqual([]);
  },
});

export { expect };
