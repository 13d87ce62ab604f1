import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { AuthOption } from "../../src/scaffold/auth-option.ts";
import { createVendor } from "../../src/scaffold/create-vendor.ts";
import type { VendorScaffold } from "../../src/scaffold/vendor-scaffold.ts";
import { lintSpec } from "@vendor-sdks/spec-kit/spec/lint";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { demoSpec, tempWorkspace, thingsPath } from "@vendor-sdks/test-kit/workspace/temp-workspace";

const styles: { auth: AuthOption; scheme: Record<string, unknown> }[] = [
  { auth: { kind: "bearer" }, scheme: { bearerAuth: { type: "http", scheme: "bearer", description: "The vendor's secret API key, sent as `Authorization: Bearer <key>`." } } },
  { auth: { kind: "api-key", in: "header", name: "X-Acme-Key" }, scheme: { apiKeyAuth: { type: "apiKey", in: "header", name: "X-Acme-Key", description: "The vendor's secret API key, sent in the `X-Acme-Key` header." } } },
  { auth: { kind: "api-key", in: "query", name: "api_key" }, scheme: { apiKeyAuth: { type: "apiKey", in: "query", name: "api_key", description: "The vendor's secret API key, sent as the `api_key` query parameter." } } },
];

function scaffold(auth: AuthOption, extra: Partial<VendorScaffold> = {}): { root: string; scaffold: VendorScaffold } {
  const { root } = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
  return { root, scaffold: { name: "acme-ai", title: "Acme AI", baseUrl: "https://api.acme.test/v2", auth, mockPort: 4100, ...extra } };
}

describe("new-vendor scaffold files", () => {
  for (const { auth, scheme } of styles) {
    const style = auth.kind === "bearer" ? "bearer" : `api-key in the ${auth.in}`;
    it(`writes a lint-clean spec with the ${style} scheme, and a client wired to it`, async () => {
      const { root, scaffold: v } = scaffold(auth);
      const files = await createVendor(root, v);
      expect(files).toContain("specs/acme-ai/openapi.yaml");
      expect(files).toContain("packages/acme-ai/src/generated/spec-info.ts");
      expect(await lintSpec(getVendor("acme-ai", root), root)).toEqual([]);
      const spec = parse(readFileSync(join(root, "specs/acme-ai/openapi.yaml"), "utf8")) as Record<string, Record<string, unknown>>;
      expect(spec.components?.securitySchemes).toEqual(scheme);
      expect(spec.security).toEqual([{ [Object.keys(scheme)[0]!]: [] }]);
      const specInfo = readFileSync(join(root, "packages/acme-ai/src/generated/spec-info.ts"), "utf8");
      expect(specInfo).toContain('"defaultBaseUrl": "https://api.acme.test/v2"');
      if (auth.kind === "api-key") expect(specInfo).toContain(`"name": "${auth.name}"`);
      expect(readFileSync(join(root, "packages/acme-ai/src/client.ts"), "utf8")).toContain("export function createAcmeAiClient(");
      expect(existsSync(join(root, "packages/acme-ai/test/contract/contract.test.ts"))).toBe(true);
    });
  }

  it("keeps a title with YAML and comment syntax as plain text everywhere", async () => {
    const title = 'Acme: "AI" #1 */ {x}';
    const { root, scaffold: v } = scaffold({ kind: "bearer" }, { title });
    await createVendor(root, v);
    const spec = parse(readFileSync(join(root, "specs/acme-ai/openapi.yaml"), "utf8")) as { info: { title: string } };
    expect(spec.info.title).toBe(title);
    expect(JSON.parse(readFileSync(join(root, "packages/acme-ai/package.json"), "utf8")).description).toContain(title);
    // a `*/` in a title would end the doc comment early
    const errors = readFileSync(join(root, "packages/acme-ai/src/errors.ts"), "utf8");
    expect(errors).toContain('/** An error answer from the Acme: "AI" #1 *\\/ {x} API. */');
    expect(errors.match(/\*\//g)).toHaveLength(1);
  });

  it("imports the runtime as a namespace, so a vendor named like a runtime export cannot clash", async () => {
    const { root, scaffold: v } = scaffold({ kind: "bearer" }, { name: "vendor", title: "Vendor" });
    await createVendor(root, v);
    const client = readFileSync(join(root, "packages/vendor/src/client.ts"), "utf8");
    expect(client).toContain('import type * as runtime from "@vendor-sdks/runtime";');
    expect(client).toContain('import * as internal from "@vendor-sdks/runtime/internal";');
    expect(client).toContain("export type VendorClient = runtime.VendorClient<");
    expect(client).toContain("return internal.createVendorClient<");
  });

  it("exports the common vendor surface: factory, vendor error, operationTable, specInfo and the runtime's caller API", async () => {
    const { root, scaffold: v } = scaffold({ kind: "bearer" });
    await createVendor(root, v);
    const index = readFileSync(join(root, "packages/acme-ai/src/index.ts"), "utf8");
    expect(index).toContain('export { createAcmeAiClient, type AcmeAiClient, type AcmeAiClientOptions } from "./client.js";');
    expect(index).toContain('export { AcmeAiApiError } from "./errors.js";');
    expect(index).toContain('export { operationTable, type OperationId } from "./generated/operations.js";');
    expect(index).toContain('export { specInfo } from "./generated/spec-info.js";');
    expect(index).toContain('export type { components, operations as operationTypes, paths } from "./generated/schema.js";');
    // the error classes by status, ConnectionError, TimeoutError, AbortError, paginate, pages, stream
    expect(index).toContain('export * from "@vendor-sdks/runtime/caller-api";');
    const generated = readFileSync(join(root, "packages/acme-ai/src/generated/operations.ts"), "utf8");
    expect(generated).toContain("export const operationTable = {");
    expect(JSON.parse(readFileSync(join(root, "packages/acme-ai/package.json"), "utf8")).dependencies["openapi-fetch"]).toBe("0.17.0");
  });

  it("names the key's environment variable in the README as the runtime reads it", async () => {
    const { root, scaffold: v } = scaffold({ kind: "api-key", in: "query", name: "key" });
    await createVendor(root, v);
    expect(readFileSync(join(root, "packages/acme-ai/README.md"), "utf8")).toContain("createAcmeAiClient({ apiKey: process.env.ACME_AI_API_KEY })");
  });

  it("never overwrites a file that is already there", async () => {
    const { root, scaffold: v } = scaffold({ kind: "bearer" }, { name: "demo" });
    await expect(createVendor(root, v)).rejects.toThrow(/EEXIST.*specs\/demo\/package\.json/);
  });
});
