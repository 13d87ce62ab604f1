import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "@vendor-sdks/scripts/workspace/repo-root";
import { buildSite, rebuildVendorPage } from "../../src/site/build-site.ts";

const fixture = resolve(import.meta.dirname, "..", "fixtures", "workspace");

describe("rebuildVendorPage (watch mode)", () => {
  let root: string;
  let out: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), "docs-rebuild-"));
    cpSync(fixture, root, { recursive: true });
    // the repo's shared lint config and its plugin: the spec is bundled (and linted) as in the repo
    for (const file of ["redocly.yaml", "specs/rules", "specs/EXTENSIONS.md"]) cpSync(join(findRepoRoot(import.meta.dirname), file), join(root, file), { recursive: true });
    out = join(root, "site");
    await buildSite({ root, outDir: out });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("drops the Markdown of a removed operation and refreshes llms.txt and its compressed siblings", async () => {
    expect(existsSync(join(out, "acme", "operations", "getWidget.md"))).toBe(true);
    const specFile = join(root, "specs", "acme", "openapi.yaml");
    const spec = readFileSync(specFile, "utf8");
    writeFileSync(specFile, spec.replace(/  \/widgets\/\{id\}:\n(?: {4}.*\n)+/, ""));

    await rebuildVendorPage({ root, outDir: out }, "acme");

    expect(existsSync(join(out, "acme", "operations", "getWidget.md"))).toBe(false);
    expect(existsSync(join(out, "acme", "operations", "listWidgets.md"))).toBe(true);
    const llms = readFileSync(join(out, "llms.txt"), "utf8");
    expect(llms).not.toContain("getWidget");
    expect(brotliDecompressSync(readFileSync(join(out, "llms.txt.br"))).toString()).toBe(llms);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('<dd class="operation-count">2</dd>');
  });
});
