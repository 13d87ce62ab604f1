import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findRepoRoot } from "@vendor-sdks/scripts/workspace/repo-root";
import { buildSite } from "../src/site/build-site.ts";
import { pageDefinition } from "./support/page-definition.ts";

const fixture = resolve(import.meta.dirname, "fixtures", "workspace");
const repoRoot = findRepoRoot(import.meta.dirname);
let workspace: string;

/** A copy of the fixture workspace (one fictional vendor, `acme`) with the repo's shared lint config. */
function copyFixture(): string {
  workspace = mkdtempSync(join(tmpdir(), "docs-workspace-"));
  cpSync(fixture, workspace, { recursive: true });
  cpSync(join(repoRoot, "redocly.yaml"), join(workspace, "redocly.yaml"));
  return workspace;
}

afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe("vendors come from the workspace", () => {
  it("adds a page, downloads and an index entry for a vendor that only exists under specs/", async () => {
    const root = copyFixture();
    const out = join(root, "site");
    const summaries = await buildSite({ root, outDir: out });

    expect(summaries.map((s) => s.vendor)).toEqual(["acme"]);
    expect(readFileSync(join(out, "index.html"), "utf8")).toContain('href="acme/"');
    for (const file of ["index.html", "openapi.json", "openapi.yaml"]) expect(existsSync(join(out, "acme", file)), file).toBe(true);

    const create = pageDefinition(readFileSync(join(out, "acme", "index.html"), "utf8")).paths?.["/widgets"]?.post;
    const [typescript, curl] = create?.["x-codeSamples"] as { source: string }[];
    expect(typescript?.source).toContain('import { createAcmeClient } from "@vendor-sdks/acme";');
    expect(typescript?.source).toContain('acme.POST("/widgets", {');
    expect(typescript?.source).toContain(`name: "Sprocket's twin"`);
    // The body example's apostrophe survives shell quoting; the key comes from the env, never inline.
    expect(curl?.source).toContain(`-d '{\n  "name": "Sprocket'\\''s twin",`);
    expect(curl?.source).toContain('-H "Authorization: Bearer $ACME_API_KEY"');
  });

  it("fails naming the vendor whose spec does not load, and keeps the previous site", async () => {
    const root = copyFixture();
    const out = join(root, "site");
    await buildSite({ root, outDir: out });
    writeFileSync(join(root, "specs", "acme", "openapi.yaml"), "openapi: 3.1.0\npaths:\n  /x: [unclosed\n");

    await expect(buildSite({ root, outDir: out })).rejects.toThrow(/vendor "acme" \(specs\/acme\/openapi\.yaml\)/);
    expect(existsSync(join(out, "acme", "index.html"))).toBe(true);
  });
});
