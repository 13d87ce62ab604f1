import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { pageDefinition } from "@vendor-sdks/docs/redoc/page-definition";
import { buildSite } from "@vendor-sdks/docs/site/build-site";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { parseAuthOption } from "../../src/scaffold/auth-option.ts";
import { runNewVendor } from "../../src/scaffold/run-new-vendor.ts";

const repoRoot = findRepoRoot(import.meta.dirname);
let workspace: string;

/** A workspace without vendors, with the repo's shared lint config (and its plugin), ready for `new-vendor`. */
function emptyWorkspace(): string {
  workspace = mkdtempSync(join(tmpdir(), "docs-new-vendor-"));
  mkdirSync(join(workspace, "specs"));
  for (const file of ["pnpm-workspace.yaml", "redocly.yaml", "specs/rules", "specs/EXTENSIONS.md"]) cpSync(join(repoRoot, file), join(workspace, file), { recursive: true });
  return workspace;
}

/** `pnpm new-vendor <name> --base-url … --auth <auth> --no-install`, as the command runs it. */
async function newVendor(root: string, name: string, auth: string): Promise<void> {
  const lines: string[] = [];
  const code = await runNewVendor(root, { name, baseUrl: `https://api.${name}.test/v1`, auth: parseAuthOption(auth), install: false }, (l) => lines.push(l));
  expect(code, lines.join("\n")).toBe(0);
}

/** The TypeScript and curl samples of an operation on a built page. */
function samples(out: string, vendor: string, path: string, method: "get" | "post"): { typescript: string; curl: string } {
  const operation = pageDefinition(readFileSync(join(out, vendor, "index.html"), "utf8")).paths?.[path]?.[method];
  const [typescript, curl] = (operation?.["x-codeSamples"] ?? []) as { source: string }[];
  return { typescript: typescript?.source ?? "", curl: curl?.source ?? "" };
}

afterEach(() => rmSync(workspace, { recursive: true, force: true }));

describe("a vendor made by new-vendor gets its docs from the workspace alone", () => {
  it("gets a page, downloads and an index entry for each --auth style, its samples sending the key where the spec says", async () => {
    const root = emptyWorkspace();
    await newVendor(root, "acme", "bearer");
    await newVendor(root, "beta", "api-key:X-Beta-Key");
    await newVendor(root, "gamma-2", "api-key-query:api_key");
    const out = join(root, "site");
    const summaries = await buildSite({ root, outDir: out });

    expect(summaries.map((s) => s.vendor)).toEqual(["acme", "beta", "gamma-2"]);
    const index = readFileSync(join(out, "index.html"), "utf8");
    for (const vendor of ["acme", "beta", "gamma-2"]) {
      expect(index).toContain(`href="${vendor}/"`);
      for (const file of ["index.html", "openapi.json", "openapi.yaml"]) expect(existsSync(join(out, vendor, file)), `${vendor}/${file}`).toBe(true);
    }
    const acme = samples(out, "acme", "/status", "get");
    expect(acme.typescript).toContain('import { createAcmeClient } from "@vendor-sdks/acme";');
    expect(acme.typescript).toContain("const acme = createAcmeClient({ apiKey: process.env.ACME_API_KEY });");
    expect(acme.typescript).toContain('acme.GET("/status")');
    expect(acme.curl).toContain('curl -X GET "https://api.acme.test/v1/status"');
    expect(acme.curl).toContain('-H "Authorization: Bearer $ACME_API_KEY"');
    expect(samples(out, "beta", "/status", "get").curl).toContain('-H "X-Beta-Key: $BETA_API_KEY"');
    const gamma = samples(out, "gamma-2", "/status", "get");
    expect(gamma.typescript).toContain("const gamma2 = createGamma2Client({ apiKey: process.env.GAMMA_2_API_KEY });");
    expect(gamma.curl).toContain('curl -X GET "https://api.gamma-2.test/v1/status?api_key=$GAMMA_2_API_KEY"');
    expect(gamma.curl).not.toContain("Authorization");
  });

  it("documents a path added to the scaffolded spec, its body example surviving shell quoting", async () => {
    const root = emptyWorkspace();
    await newVendor(root, "acme", "bearer");
    // The author's next step: the vendor's first documented endpoint, beside the scaffolded /status.
    const spec = join(root, "specs", "acme");
    writeFileSync(
      join(spec, "paths", "widgets.yaml"),
      stringify({
        post: {
          operationId: "createWidget",
          summary: "Create a widget",
          tags: ["Status"],
          requestBody: {
            required: true,
            content: { "application/json": { schema: { type: "object", required: ["name"], properties: { name: { type: "string" }, colour: { type: "string", enum: ["red", "blue"] } } }, example: { name: "Sprocket's twin", colour: "red" } } },
          },
          responses: { "201": { description: "The new widget.", content: { "application/json": { schema: { type: "object" }, example: { id: "wid_2" } } } }, "401": { $ref: "../components/responses/Unauthorized.yaml" } },
        },
      }),
    );
    const root_ = parse(readFileSync(join(spec, "openapi.yaml"), "utf8")) as { paths: Record<string, unknown> };
    root_.paths["/widgets"] = { $ref: "paths/widgets.yaml" };
    writeFileSync(join(spec, "openapi.yaml"), stringify(root_));
    const out = join(root, "site");
    await buildSite({ root, outDir: out });

    const { typescript, curl } = samples(out, "acme", "/widgets", "post");
    expect(typescript).toContain('import { createAcmeClient } from "@vendor-sdks/acme";');
    expect(typescript).toContain('acme.POST("/widgets", {');
    expect(typescript).toContain(`name: "Sprocket's twin"`);
    // The body example's apostrophe survives shell quoting; the key comes from the env, never inline.
    expect(curl).toContain(`-d '{\n  "name": "Sprocket'\\''s twin",`);
    expect(curl).toContain('-H "Authorization: Bearer $ACME_API_KEY"');
  });

  it("fails naming the vendor whose spec does not load, and keeps the previous site", async () => {
    const root = emptyWorkspace();
    await newVendor(root, "acme", "bearer");
    const out = join(root, "site");
    await buildSite({ root, outDir: out });
    writeFileSync(join(root, "specs", "acme", "openapi.yaml"), "openapi: 3.1.0\npaths:\n  /x: [unclosed\n");

    await expect(buildSite({ root, outDir: out })).rejects.toThrow(/vendor "acme" \(specs\/acme\/openapi\.yaml\)/);
    expect(existsSync(join(out, "acme", "index.html"))).toBe(true);
  });
});
