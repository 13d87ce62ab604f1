import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkPackage } from "../../src/package-check/check-package.ts";
import { packPackage } from "../../src/package-check/pack-package.ts";
import { listPublishablePackages, listWorkspacePackages } from "../../src/package-check/publishable-packages.ts";
import { buildWorkspacePackages } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";

const root = findRepoRoot();
const destination = mkdtempSync(join(tmpdir(), "vs-package-check-test-"));
beforeAll(() => buildWorkspacePackages(root), 600_000); // packing needs dist/
afterAll(() => rmSync(destination, { recursive: true, force: true }));
const byName = (name: string) => {
  const found = listWorkspacePackages(root).find((p) => p.name === name);
  if (!found) throw new Error(`${name} is not in the workspace`);
  return found;
};

describe("publishable packages", () => {
  it("are every vendor's client and spec package, the runtime and the mock server, and nothing private", () => {
    const names = listPublishablePackages(root).map((p) => p.name);
    for (const v of listVendors(root)) expect(names).toEqual(expect.arrayContaining([v.clientPackage, v.specPackage]));
    expect(names).toEqual(expect.arrayContaining(["@vendor-sdks/runtime", "@vendor-sdks/mock-server"]));
    expect(names).not.toContain("@vendor-sdks/vs");
  });
});

describe("packing", () => {
  it("rewrites workspace ranges to the depended-on package's version", async () => {
    const hania = byName("@vendor-sdks/hania");
    const packed = await packPackage(hania.dir, destination);
    const deps = packed.manifest.dependencies as Record<string, string>;
    expect(deps["@vendor-sdks/runtime"]).toBe(byName("@vendor-sdks/runtime").manifest.version);
    expect(packed.files).toEqual(expect.arrayContaining(["package.json", "dist/index.js", "dist/index.d.ts"]));
    expect(packed.files.some((f) => f.startsWith("test/"))).toBe(false);
  });

  it("ships a spec package's bundled spec", async () => {
    const [vendor] = listVendors(root);
    if (!vendor) throw new Error("no vendor in the workspace");
    const packed = await packPackage(vendor.specDir, destination);
    expect(packed.files).toEqual(expect.arrayContaining(["dist/openapi.json", "dist/openapi.yaml"]));
  });
});

describe("checkPackage", () => {
  it("passes the runtime: manifest rules, publint and attw (ESM-only, require(esm) allowed)", async () => {
    const result = await checkPackage(byName("@vendor-sdks/runtime"), new Set(["@vendor-sdks/vs"]), destination);
    expect(result.problems).toEqual([]);
    expect(result.typesAnalysed).toBe(true);
  }, 60_000);
});
