import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseAuthOption, parseBaseUrl } from "../../src/scaffold/auth-option.ts";
import { createVendor } from "../../src/scaffold/create-vendor.ts";
import { lintSpec } from "../../src/spec/lint.ts";
import { getVendor } from "../../src/workspace/vendors.ts";
import { demoSpec, tempWorkspace, thingsPath } from "../temp-workspace.ts";

function workspace() {
  const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
  return ws.root;
}

describe("new-vendor scaffold", () => {
  it("writes a lint-clean spec and a client package wired to the spec's api-key scheme", async () => {
    const root = workspace();
    const { scaffold } = await createVendor(root, { name: "acme-ai", baseUrl: "https://api.acme.test/v2", auth: parseAuthOption("api-key:X-Acme-Key") });
    expect(scaffold.mockPort).toBe(4100); // one above the highest port in the workspace (demo: 4099)
    expect(await lintSpec(getVendor("acme-ai", root), root)).toEqual([]);
    const specInfo = readFileSync(join(root, "packages/acme-ai/src/generated/spec-info.ts"), "utf8");
    expect(specInfo).toContain('"name": "X-Acme-Key"');
    expect(specInfo).toContain('"defaultBaseUrl": "https://api.acme.test/v2"');
    expect(readFileSync(join(root, "packages/acme-ai/src/client.ts"), "utf8")).toContain("export function createAcmeAiClient(");
    expect(existsSync(join(root, "packages/acme-ai/test/contract/contract.test.ts"))).toBe(true);
  });

  it("refuses a vendor that exists or a name that is not a valid package name, writing nothing", async () => {
    const root = workspace();
    await expect(createVendor(root, { name: "demo", baseUrl: "https://x.test", auth: { kind: "bearer" } })).rejects.toThrow('vendor "demo" is taken');
    await expect(createVendor(root, { name: "Acme_AI", baseUrl: "https://x.test", auth: { kind: "bearer" } })).rejects.toThrow('"Acme_AI" is not a valid vendor name');
    await expect(createVendor(root, { name: "runtime", baseUrl: "https://x.test", auth: { kind: "bearer" } })).rejects.toThrow("reserved");
    expect(existsSync(join(root, "specs/Acme_AI"))).toBe(false);
  });

  it("rejects malformed --auth and --base-url with the accepted forms", () => {
    expect(() => parseAuthOption("oauth")).toThrow('--auth must be "bearer" or "api-key:<Header-Name>"');
    expect(() => parseBaseUrl("api.acme.test")).toThrow("--base-url must be an absolute http(s) URL");
    expect(parseBaseUrl("https://api.acme.test/v1/")).toBe("https://api.acme.test/v1");
  });
});
