import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { onTestFinished } from "vitest";
import { getVendor, type Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/**
 * A throwaway workspace with one vendor "demo" whose spec files are given as path → YAML text. Call it inside a
 * test: it is removed when that test finishes.
 */
export function tempWorkspace(files: Record<string, string>): { root: string; vendor: Vendor } {
  const root = mkdtempSync(join(tmpdir(), "vs-test-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  // The lint config with what it loads: its plugin, and the extension list that plugin reads.
  for (const file of ["redocly.yaml", "specs/rules", "specs/EXTENSIONS.md"]) cpSync(join(repoRoot, file), join(root, file), { recursive: true });
  cpSync(join(repoRoot, "pnpm-workspace.yaml"), join(root, "pnpm-workspace.yaml"));
  const write = (rel: string, text: string) => {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  write("specs/demo/package.json", JSON.stringify({ name: "@vendor-sdks/demo-openapi", vendorSdks: { vendor: "demo", mockPort: 4099, client: "@vendor-sdks/demo" } }));
  write("packages/demo/package.json", JSON.stringify({ name: "@vendor-sdks/demo", version: "1.2.3" }));
  for (const [rel, text] of Object.entries(files)) write(join("specs/demo", rel), text);
  return { root, vendor: getVendor("demo", root) };
}

export const demoSpec = `openapi: 3.1.0
info: { title: Demo, version: 1.0.0, description: Demo API. }
servers: [{ url: "https://api.demo.test/v1" }]
security: [{ bearer: [] }]
tags: [{ name: Things, description: Things. }]
x-envelope: { data: /data, error: /error }
paths:
  /things:
    $ref: paths/things.yaml
components:
  securitySchemes:
    bearer: { type: http, scheme: bearer }
`;

export const thingsPath = `get:
  operationId: listThings
  summary: List things
  tags: [Things]
  x-pagination: { style: offset, limitParam: limit, offsetParam: offset, items: /data, total: { header: X-Total-Count } }
  responses:
    "200":
      description: OK
      content:
        application/json:
          schema:
            type: object
            properties:
              data: { type: array, items: { type: object, required: [id], properties: { id: { type: string } } } }
          example: { data: [{ id: a }] }
    "401":
      description: Unauthorized
      content:
        application/json:
          schema: { type: object, properties: { error: { type: string } } }
          example: { error: nope }
post:
  operationId: streamThings
  summary: Stream things
  tags: [Things]
  security: []
  requestBody:
    content:
      application/json:
        schema: { type: object }
        example: {}
  responses:
    "202":
      description: Accepted
      content:
        text/event-stream:
          schema: { type: object }
    "400":
      description: Bad request
      content:
        application/json:
          schema: { type: object }
          example: {}
`;
