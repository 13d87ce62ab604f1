import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // Contract tests (test/contract) need a running Prism mock and are run by their own script.
    include: ["test/**/*.test.ts"],
    testTimeout: 10_000,
  },
});
