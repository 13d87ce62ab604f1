import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
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

describe("buildSite with a cache of built vendor files", () => {
  let root: string;
  const calls: string[] = [];
  const build = (out: string) => buildSite({ root, outDir: join(root, out), cacheDir: join(root, "cache"), onVendor: (vendor, from) => calls.push(`${vendor}:${from}`) });

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "docs-cache-"));
    cpSync(fixture, root, { recursive: true });
    for (const file of ["redocly.yaml", "specs/rules", "specs/EXTENSIONS.md"]) cpSync(join(findRepoRoot(import.meta.dirname), file), join(root, file), { recursive: true });
  });

  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("renders a vendor once, reuses its files while its spec is unchanged, and renders it again after an edit", async () => {
    await build("first");
    await build("second");
    expect(calls).toEqual(["acme:rendered", "acme:cache"]);
    for (const file of ["acme/index.html", "acme/index.html.br", "acme/operations/getWidget.md", "index.html", "llms.txt"]) {
      expect(readFileSync(join(root, "second", file)), file).toEqual(readFileSync(join(root, "first", file)));
    }

    const specFile = join(root, "specs", "acme", "openapi.yaml");
    writeFileSync(specFile, readFileSync(specFile, "utf8").replace(/  \/widgets\/\{id\}:\n(?: {4}.*\n)+/, ""));
    await build("third");
    expect(calls).toEqual(["acme:rendered", "acme:cache", "acme:rendered"]);
    expect(existsSync(join(root, "third", "acme", "operations", "getWidget.md"))).toBe(false);
    expect(readdirSync(join(root, "cache", "acme"))).toHaveLength(1); // the stale version is dropped
  });
});
