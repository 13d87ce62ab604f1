import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nodeTypesSpec } from "../../src/smoke/consumer-project.ts";
import { consumerTsconfig, TSCONFIG_VARIANTS, tsconfigFileName, variantName } from "../../src/smoke/consumer-sources.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";

const options = (variant: (typeof TSCONFIG_VARIANTS)[number]) =>
  (JSON.parse(consumerTsconfig(variant)) as { compilerOptions: Record<string, unknown> }).compilerOptions;

describe("consumer tsconfig variants", () => {
  it("cover a Node-only and a DOM project under node16 and bundler resolution, each with its own file", () => {
    expect(TSCONFIG_VARIANTS.map(variantName)).toEqual(["node-only/node16", "node-only/bundler", "dom/node16", "dom/bundler"]);
    expect(new Set(TSCONFIG_VARIANTS.map(tsconfigFileName)).size).toBe(4);
  });

  it("give a Node-only project no DOM lib and only @types/node, and a DOM project no @types/node", () => {
    const [nodeOnly, , dom] = TSCONFIG_VARIANTS;
    expect(options(nodeOnly!)).toMatchObject({ lib: ["ES2022"], types: ["node"] });
    expect(options(dom!)).toMatchObject({ lib: ["ES2022", "DOM"], types: [] });
  });

  it("are all strict and check our declaration files (skipLibCheck off)", () => {
    for (const variant of TSCONFIG_VARIANTS) {
      expect(options(variant)).toMatchObject({ strict: true, skipLibCheck: false, moduleResolution: variant.resolution });
    }
  });
});

describe("nodeTypesSpec", () => {
  it("installs @types/node in the range the repo builds against", () => {
    expect(nodeTypesSpec(findRepoRoot())).toMatch(/^@types\/node@\^20\./);
  });

  it("says where the range is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "vs-node-types-"));
    try {
      writeFileSync(join(dir, "package.json"), "{}");
      expect(() => nodeTypesSpec(dir)).toThrow(`${join(dir, "package.json")} has no devDependency on @types/node`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
