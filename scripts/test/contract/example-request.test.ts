import { describe, expect, it } from "vitest";
import { exampleRequest } from "../../src/contract/example-request.ts";
import { pointerOf } from "../../src/spec/json-pointer.ts";
import { SpecValidator } from "../../src/validation/spec-validator.ts";

const bodySchema = { type: "object", required: ["name", "count"], properties: { name: { type: "string", minLength: 2 }, count: { type: "integer", minimum: 1 } } };
/** One operation whose required JSON body has a schema but no example (77 of 659 operations of one public spec). */
const doc = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths: { "/things": { post: { operationId: "createThing", requestBody: { required: true, content: { "application/json": { schema: bodySchema } } }, responses: { "201": { description: "ok" } } } } },
};
const op = { operationId: "createThing", method: "post" as const };

describe("exampleRequest", () => {
  it("fails naming the operation when a required body has no example (the default)", () => {
    expect(() => exampleRequest(doc, pointerOf("paths", "/things"), op)).toThrow("createThing: the request body (application/json) has no example in the spec.");
  });

  it("with generateBody, builds a schema-valid body and says where its schema is", () => {
    const req = exampleRequest(doc, pointerOf("paths", "/things"), op, { generateBody: true });
    expect(req.generatedBodySchema).toBe("/paths/~1things/post/requestBody/content/application~1json/schema");
    expect(new SpecValidator(doc).validateAt(req.generatedBodySchema!, req.body)).toEqual({ ok: true });
    expect(req.contentType).toBe("application/json");
  });
});
