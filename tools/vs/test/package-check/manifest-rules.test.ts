import { describe, expect, it } from "vitest";
import { checkManifest, leakedWorkspaceRanges } from "../../src/package-check/manifest-rules.ts";
import type { Manifest } from "../../src/package-check/publishable-packages.ts";

const complete: Manifest = {
  name: "@vendor-sdks/demo",
  version: "1.2.3",
  description: "Demo client.",
  keywords: ["demo"],
  license: "MIT",
  repository: { type: "git", url: "https://example.invalid/vendor-sdks.git" },
  type: "module",
  sideEffects: false,
  exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" }, "./package.json": "./package.json" },
  files: ["dist"],
  engines: { node: ">=20.19" },
  dependencies: { "@vendor-sdks/runtime": "0.1.0" },
  devDependencies: { "@vendor-sdks/vs": "0.0.0" },
};
const context = { privatePackages: new Set(["@vendor-sdks/vs"]), files: ["dist/index.js", "dist/index.d.ts", "package.json"] };

describe("checkManifest", () => {
  it("accepts a complete ESM package whose private tooling is only a devDependency", () => {
    expect(checkManifest(complete, context)).toEqual([]);
  });

  it("names a workspace range that leaked into any dependency field", () => {
    const leaked = { ...complete, dependencies: { "@vendor-sdks/runtime": "workspace:*" }, devDependencies: { "@vendor-sdks/demo-openapi": "workspace:^" } };
    expect(leakedWorkspaceRanges(leaked)).toEqual([
      `dependencies.@vendor-sdks/runtime is "workspace:*": a workspace link leaked into the tarball.`,
      `devDependencies.@vendor-sdks/demo-openapi is "workspace:^": a workspace link leaked into the tarball.`,
    ]);
    expect(checkManifest(leaked, context)).toHaveLength(2);
  });

  it("rejects an installed dependency on a package that is never published", () => {
    const problems = checkManifest({ ...complete, dependencies: { "@vendor-sdks/vs": "0.0.0" } }, context);
    expect(problems).toEqual([expect.stringContaining("dependencies.@vendor-sdks/vs: that package is private")]);
  });

  it.each(["version", "description", "keywords", "license", "repository", "engines", "files", "exports"])("requires %s", (field) => {
    const { [field]: _removed, ...rest } = complete;
    expect(checkManifest(rest as Manifest, context).join("\n")).toContain(`"${field}`);
  });

  it("requires types for each JavaScript entry point, ./package.json, and sideEffects", () => {
    const problems = checkManifest({ ...complete, sideEffects: undefined, exports: { ".": { import: "./dist/index.js" } } }, context);
    expect(problems).toEqual([
      `"exports" does not expose "./package.json".`,
      `exports["."] has no "types" condition.`,
      `"sideEffects" is not declared: bundlers cannot tree-shake the package.`,
    ]);
  });

  it("names an entry point that is missing from the tarball (an unbuilt package)", () => {
    expect(checkManifest(complete, { ...context, files: ["package.json"] })).toEqual([
      `exports["."] points at ./dist/index.js, which is not in the tarball (not built?).`,
      `exports["."] points at ./dist/index.d.ts, which is not in the tarball (not built?).`,
    ]);
  });

  it("does not ask a data-only package (a bundled spec) for types or sideEffects", () => {
    const spec = { ...complete, sideEffects: undefined, exports: { "./openapi.json": "./dist/openapi.json", "./package.json": "./package.json" } };
    expect(checkManifest(spec, context)).toEqual([]);
  });
});
