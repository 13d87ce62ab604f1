import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const runtimeSource = (entry: string) => fileURLToPath(new URL(`./packages/runtime/src/${entry}.ts`, import.meta.url));

/**
 * Vitest settings shared by every vendor client package. Tests run against the runtime's sources (each entry point
 * the runtime exports), so a stale or missing runtime build cannot mask a change there.
 */
export default defineConfig({
  resolve: {
    alias: [
      { find: /^@vendor-sdks\/runtime$/, replacement: runtimeSource("index") },
      { find: /^@vendor-sdks\/runtime\/caller-api$/, replacement: runtimeSource("caller-api") },
    ],
  },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
