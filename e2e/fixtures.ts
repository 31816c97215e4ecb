import { test as base, expect } from "@playwright/test";

/**
 * Every page a test opens must stay free of console errors and uncaught exceptions (hydration
 * mismatches, CSP violations, missing assets, server errors). Two kinds of failed responses are
 * expected: a document the test opened on purpose (404, 410, …) and a refused form's data request
 * (4xx with its messages). A 5xx data request still counts as an error.
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
      const url = message.location().url;
      const failed = message.text().startsWith("Failed to load resource");
      const refusedForm = /\.data(\?|$)/.test(url) && /status of 4\d\d/.test(message.text());
      if (!(failed && (documents.has(url) || refusedForm))) errors.push(`${message.text()} (${url})`);
    });
    page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
    await use(page);
    expect(errors, "console errors on the pages this test visited").toEqual([]);
  },
});

export { expect };
