import { defineConfig } from "vitest/config";
import tsconfigPaths from "vite-tsconfig-paths";

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ["{app,search,prisma,scripts}/**/*.test.ts"],
    globalSetup: ["scripts/test/global-setup.ts"],
    setupFiles: ["scripts/test/setup-file.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
