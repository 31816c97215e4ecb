import fs from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

/** Playwright cannot download browsers on a registry-only network: we drive an installed Chromium. */
export function chromiumExecutable(): string {
  const configured = process.env.CHROMIUM_PATH;
  const found = configured
    ? [configured].filter((file) => fs.existsSync(file))
    : CANDIDATES.filter((f) => fs.existsSync(f));
  if (found[0]) return found[0];
  throw new Error(
    configured
      ? `CHROMIUM_PATH=${configured} does not exist.`
      : "No Chromium found for the end-to-end tests. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
  );
}

/** Flags for a headless Chromium on a closed network (no background calls to Google's hosts). */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
