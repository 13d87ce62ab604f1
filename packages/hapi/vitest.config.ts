import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Test against the runtime's sources, so a stale or missing runtime build cannot mask a change there.
    alias: { "@vendor-sdks/runtime": fileURLToPath(new URL("../runtime/src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
  },
});
