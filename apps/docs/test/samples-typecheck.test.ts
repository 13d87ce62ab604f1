import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, relative, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, inject, it } from "vitest";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { buildCodeSamples } from "../src/samples/add-code-samples.ts";
import type { OpenApiDocument } from "../src/spec/openapi-types.ts";

const run = promisify(execFile);
const appDir = resolve(import.meta.dirname, "..");
const root = inject("workspaceRoot");
const vendors = listVendors(root);
const tsc = join(createRequire(import.meta.url).resolve("typescript/package.json"), "..", "bin", "tsc");

// Inside apps/docs so `@types/node` and the base tsconfig resolve as for any workspace package.
const workDir = mkdtempSync(join(appDir, ".samples-check-"));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/**
 * `@vendor-sdks/<pkg>` → `packages/<pkg>/src/index.ts` for every workspace package with sources: the clients
 * (and the runtime they import) may not be built, and samples must compile against today's sources.
 */
function workspaceSources(workspace: string): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  const packagesDir = join(workspace, "packages");
  if (!existsSync(packagesDir)) return paths;
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    const entryFile = join(packagesDir, entry.name, "src", "index.ts");
    const manifest = join(packagesDir, entry.name, "package.json");
    if (!entry.isDirectory() || !existsSync(entryFile) || !existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, "utf8")) as { name: string };
    paths[name] = [entryFile];
  }
  return paths;
}

describe("TypeScript code samples", () => {
  it.each(vendors.map((v) => v.name))("%s: every sample compiles against the generated client", async (name) => {
    const vendor = vendors.find((v) => v.name === name)!;
    const clientEntry = join(vendor.clientDir, "src", "index.ts");
    if (!existsSync(clientEntry)) {
      throw new Error(`Vendor "${name}" has a spec but no client: ${relative(root, clientEntry)} is missing, so its docs samples cannot be checked.`);
    }
    // The site renders the bundled spec the build just wrote (global setup).
    const doc = JSON.parse(readFileSync(vendor.bundledJson, "utf8")) as OpenApiDocument;
    const dir = join(workDir, name);
    mkdirSync(dir, { recursive: true });
    const files = buildCodeSamples(vendor, doc).map(({ operationId, samples }) => {
      const file = join(dir, `${operationId.replace(/[^A-Za-z0-9_-]/g, "_")}.ts`);
      writeFileSync(file, samples.find((s) => s.lang === "TypeScript")!.source);
      return file;
    });
    expect(files.length).toBeGreaterThan(0);
    writeFileSync(
      join(dir, "tsconfig.json"),
      JSON.stringify({
        extends: relative(dir, join(root, "tsconfig.base.json")),
        compilerOptions: { noEmit: true, declaration: false, declarationMap: false, sourceMap: false, paths: workspaceSources(root) },
        files,
      }),
    );
    const result = await run(process.execPath, [tsc, "-p", join(dir, "tsconfig.json")], { cwd: dir, maxBuffer: 16 * 1024 * 1024 }).then(
      () => "",
      (error: { stdout?: string; message: string }) => error.stdout || error.message,
    );
    expect(result, `tsc errors in the ${name} samples`).toBe("");
  });
});
