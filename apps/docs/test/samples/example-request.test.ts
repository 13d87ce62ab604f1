import { describe, expect, it } from "vitest";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { exampleRequest } from "../../src/samples/example-request.ts";
import { listOperations } from "../../src/spec/operations.ts";
import { loadVendorSpecs } from "../../src/site/load-vendor-specs.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";

const vendors = await loadVendorSpecs(findRepoRoot(import.meta.dirname));

describe.each(vendors.map((v) => [v.vendor.name, v.doc] as const))("%s: the samples' request bodies", (_name, doc) => {
  const validator = new SpecValidator(doc as Record<string, unknown>);
  const withJsonBody = listOperations(doc).filter((entry) => exampleRequest(doc, entry).body?.contentType.includes("json"));

  it.each(withJsonBody.map((entry) => [entry.operation.operationId ?? `${entry.method} ${entry.path}`, entry] as const))("%s: validate against the request schema", (_id, entry) => {
    const body = exampleRequest(doc, entry).body!;
    const schema = pointerOf("paths", entry.path, entry.method, "requestBody", "content", body.contentType, "schema");
    expect(validator.validateAt(schema, body.value)).toEqual({ ok: true });
  });
});

describe("a body the spec shows no example for", () => {
  it("is generated valid against its constraints, not `{}`", () => {
    const schema = { type: "object", required: ["name", "size"], properties: { name: { type: "string", minLength: 3 }, size: { type: "integer", minimum: 2 } } };
    const doc = { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: { "/things": { post: { operationId: "createThing", requestBody: { required: true, content: { "application/json": { schema } } }, responses: {} } } } } as unknown as OpenApiDocument;
    const [entry] = listOperations(doc);
    const body = exampleRequest(doc, entry!).body;
    expect(body?.value).toEqual({ name: "sample", size: 2 });
    expect(new SpecValidator(doc as unknown as Record<string, unknown>).validateAt(pointerOf("paths", "/things", "post", "requestBody", "content", "application/json", "schema"), body?.value)).toEqual({ ok: true });
  });
});
