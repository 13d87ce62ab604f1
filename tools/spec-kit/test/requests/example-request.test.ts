import { describe, expect, it } from "vitest";
import { exampleRequest } from "../../src/requests/example-request.ts";
import { pointerOf } from "../../src/spec/json-pointer.ts";
import { SpecValidator } from "../../src/validation/spec-validator.ts";

const bodySchema = { type: "object", required: ["name", "count"], properties: { name: { type: "string", minLength: 2 }, count: { type: "integer", minimum: 1 } } };
/** One operation whose required JSON body has a schema but no example (77 of 659 operations of one public spec). */
const doc = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths: { "/things": { post: { operationId: "createThing", parameters: [{ name: "region", in: "query", required: true, schema: { type: "string", enum: ["eu", "us"] } }, { name: "X-Trace", in: "header", required: true, schema: { type: "string", minLength: 8 } }], requestBody: { required: true, content: { "application/json": { schema: bodySchema } } }, responses: { "201": { description: "ok" } } } } },
};
const op = { operationId: "createThing", method: "post" as const };

describe("exampleRequest", () => {
  it("fails naming the operation when a required parameter or body has no example (the default)", () => {
    expect(() => exampleRequest(doc, pointerOf("paths", "/things"), op)).toThrow('createThing: required header parameter "X-Trace" has no example, default or enum in the spec.');
  });

  it("with generateMissing, fills a required parameter from its schema (an enum's first value, a string within its bounds)", () => {
    const req = exampleRequest(doc, pointerOf("paths", "/things"), op, { generateMissing: true });
    expect(req.params).toEqual({ path: {}, query: { region: "eu" }, header: { "X-Trace": "samplexx" } });
  });

  it("with generateMissing, builds a schema-valid body and says where its schema is", () => {
    const req = exampleRequest(doc, pointerOf("paths", "/things"), op, { generateMissing: true });
    expect(req.generatedBodySchema).toBe("/paths/~1things/post/requestBody/content/application~1json/schema");
    expect(new SpecValidator(doc).validateAt(req.generatedBodySchema!, req.body)).toEqual({ ok: true });
    expect(req.contentType).toBe("application/json");
  });
});
