// Plain JavaScript: vitest loads a config's imports from linked packages with Node itself, which runs no TypeScript.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { defineConfig } from "vitest/config";

// Found through this package's dependency on the runtime (its package.json is exported), not a path into the repo.
const runtimeDir = new URL(`${pathToFileURL(dirname(createRequire(import.meta.url).resolve("@vendor-sdks/runtime/package.json"))).href}/`);
/** @type {Record<string, unknown>} */
const runtimeExports = JSON.parse(readFileSync(new URL("package.json", runtimeDir), "utf8")).exports;

/** `@vendor-sdks/runtime` and each of its subpaths (`./caller-api`, …) mapped to the source file that builds it. */
const runtimeSources = Object.keys(runtimeExports)
  .filter((subpath) => subpath !== "./package.json")
  .map((subpath) => {
    const entry = subpath === "." ? "index" : subpath.slice(2);
    const find = new RegExp(`^@vendor-sdks/runtime${subpath === "." ? "" : `/${entry}`}$`);
    return { find, replacement: fileURLToPath(new URL(`src/${entry}.ts`, runtimeDir)) };
  });

/**
 * Vitest settings shared by every vendor client package. Tests run against the runtime's sources (every entry point
 * its package.json exports), so a stale or missing runtime build cannot mask a change there.
 */
export default defineConfig({
  resolve: { alias: runtimeSources },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
