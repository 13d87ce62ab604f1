import { describe, expect, it } from "vitest";
import { sampleValue } from "../../src/spec/sample-value.ts";
import { SpecValidator } from "../../src/validation/spec-validator.ts";

/** Each case: a schema, and the sample must validate against it. */
const schemas: Record<string, Record<string, unknown>> = {
  Named: { type: "object", required: ["name", "tags", "size"], properties: { name: { type: "string", minLength: 3, maxLength: 40 }, tags: { type: "array", minItems: 2, items: { type: "string", enum: ["a", "b"] } }, size: { type: "integer", minimum: 10, maximum: 20, multipleOf: 5 }, note: { type: "string" } } },
  Bounded: { type: "number", exclusiveMinimum: 0, exclusiveMaximum: 1 },
  Formats: { type: "object", required: ["id", "at", "email"], properties: { id: { type: "string", format: "uuid" }, at: { type: "string", format: "date-time" }, email: { type: "string", format: "email" } } },
  Nullable: { anyOf: [{ type: "null" }, { $ref: "#/components/schemas/Named" }] },
  Composed: { allOf: [{ $ref: "#/components/schemas/Named" }, { type: "object", required: ["extra"], properties: { extra: { type: "boolean" } } }] },
  Tree: { type: "object", required: ["children"], properties: { children: { type: "array", items: { $ref: "#/components/schemas/Tree" } } } },
  Short: { type: "string", maxLength: 2 },
};
const doc = { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas } };
const validator = new SpecValidator(doc);

describe("sampleValue", () => {
  for (const name of Object.keys(schemas)) {
    it(`makes a value ${name} accepts`, () => {
      const value = sampleValue(doc, { $ref: `#/components/schemas/${name}` });
      expect(validator.validateAt(`/components/schemas/${name}`, value)).toEqual({ ok: true });
    });
  }

  it("prefers the spec's own example, and gives the same value every time", () => {
    expect(sampleValue(doc, { type: "string", example: "from the spec" })).toBe("from the spec");
    expect(sampleValue(doc, schemas.Named)).toEqual(sampleValue(doc, schemas.Named));
  });

  it("fills only required properties", () => {
    expect(Object.keys(sampleValue(doc, schemas.Named) as object).sort()).toEqual(["name", "size", "tags"]);
  });
});
