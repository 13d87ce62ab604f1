import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Builds the real site once (into test-results/site) for the build and browser tests.
    globalSetup: ["test/setup/build-site.global.ts"],
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
