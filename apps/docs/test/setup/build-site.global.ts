import { mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { buildSite } from "../../src/site/build-site.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The site built from the workspace's specs, exactly as `pnpm docs:build` writes it. */
    siteDir: string;
    /** The workspace the site was built from. */
    workspaceRoot: string;
  }
}

const appDir = resolve(import.meta.dirname, "..", "..");

/**
 * Build the real site once for every test file. `DOCS_TEST_WORKSPACE` points the tests at another
 * workspace (e.g. a copy of test/fixtures/workspace) while vendor specs are being written.
 */
export default async function setup(project: TestProject): Promise<void> {
  const root = process.env.DOCS_TEST_WORKSPACE ? resolve(process.env.DOCS_TEST_WORKSPACE) : findRepoRoot(appDir);
  const siteDir = join(appDir, "test-results", "site");
  mkdirSync(siteDir, { recursive: true });
  await buildSite({ root, outDir: siteDir });
  project.provide("siteDir", siteDir);
  project.provide("workspaceRoot", root);
}
