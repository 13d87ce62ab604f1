import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Vitest settings shared by every vendor client package. Tests run against the runtime's sources, so a stale or
 * missing runtime build cannot mask a change there.
 */
export default defineConfig({
  resolve: {
    alias: { "@vendor-sdks/runtime": fileURLToPath(new URL("./packages/runtime/src/index.ts", import.meta.url)) },
  },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
