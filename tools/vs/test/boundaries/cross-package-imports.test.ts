import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { findCrossPackageImports } from "../../src/boundaries/cross-package-imports.ts";

describe("packages meet only through their exports", () => {
  it("no .ts/.mts/.mjs/.js source imports a relative path outside its own package", () => {
    expect(findCrossPackageImports(findRepoRoot(import.meta.dirname))).toEqual([]);
  });

  // The check above passes on an empty result, so it must be shown to find what it looks for.
  describe("the check itself", () => {
    const root = mkdtempSync(join(tmpdir(), "vs-boundaries-"));
    afterAll(() => rmSync(root, { recursive: true, force: true }));
    const write = (file: string, text: string) => {
      mkdirSync(dirname(join(root, file)), { recursive: true });
      writeFileSync(join(root, file), text);
    };
    write("package.json", "{}");
    write("tools/a/package.json", "{}");
    write("tools/b/package.json", "{}");
    write("tools/b/src/thing.ts", "export const thing = 1;\n");
    write("tools/a/src/inside.ts", 'export { thing } from "./other.ts";\n');
    write("tools/a/src/static.ts", 'import { thing } from "../../b/src/thing.ts";\nexport default thing;\n');
    write("tools/a/src/dynamic.mjs", 'await import("../../b/src/thing.ts");\n');
    write("tools/a/src/to-root.js", 'require("../../../root-file.js");\n');
    write("tools/a/src/template.ts", 'export const text = `import { x } from "../../b/src/thing.ts";`;\n');
    write("tools/a/dist/built.js", 'import "../../b/src/thing.ts";\n');
    execFileSync("git", ["init", "-q"], { cwd: root });
    writeFileSync(join(root, ".gitignore"), "dist/\n");

    it("finds static, dynamic and require imports that leave the package, and nothing else", () => {
      expect(findCrossPackageImports(root).sort((x, y) => x.file.localeCompare(y.file))).toEqual([
        { file: "tools/a/src/dynamic.mjs", specifier: "../../b/src/thing.ts", reaches: "tools/b" },
        { file: "tools/a/src/static.ts", specifier: "../../b/src/thing.ts", reaches: "tools/b" },
        { file: "tools/a/src/to-root.js", specifier: "../../../root-file.js", reaches: "." },
      ]);
    });
  });
});
