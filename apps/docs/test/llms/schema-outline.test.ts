import { describe, expect, it } from "vitest";
import { schemaOutline, schemaTypeLine } from "../../src/llms/schema-outline.ts";
import type { OpenApiDocument, SchemaObject } from "../../src/spec/openapi-types.ts";

const doc = {
  openapi: "3.1.0",
  components: {
    schemas: {
      Bot: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "string", description: "The bot's id.\nStable." },
          status: { type: "string", enum: ["active", "paused"], default: "active" },
          parent: { $ref: "#/components/schemas/Bot" },
          labels: { type: "object", additionalProperties: { type: "string" } },
        },
      },
      Timestamps: { type: "object", properties: { createdAt: { type: "string", format: "date-time" } } },
    },
  },
} as OpenApiDocument;

describe("schemaOutline", () => {
  it("lists properties with type, required, constraints and one-line descriptions, following $refs", () => {
    expect(schemaOutline(doc, { type: "array", items: { $ref: "#/components/schemas/Bot" } })).toEqual([
      "- array of object (Bot)",
      "  - `id` string, required: The bot's id. Stable.",
      '  - `status` string, one of `"active"`, `"paused"`, default `"active"`',
      "  - `parent` object (Bot)",
      "    - (recursive: `Bot`, as above)",
      "  - `labels` object",
      "    - `{key}` string",
    ]);
  });

  it("merges allOf parts and lists oneOf options and anyOf variants", () => {
    const schema: SchemaObject = {
      allOf: [{ $ref: "#/components/schemas/Timestamps" }, { type: "object", required: ["kind"], properties: { kind: { const: "bot" } } }],
    };
    expect(schemaOutline(doc, schema)).toEqual(["- object", "  - `createdAt` string, format date-time", '  - `kind` string, required, always `"bot"`']);
    expect(schemaOutline(doc, { oneOf: [{ type: "string" }, { type: "object", title: "Detailed", properties: { code: { type: "integer", minimum: 1 } } }] })).toEqual([
      "- one of",
      "  - option 1: string",
      "  - option 2 Detailed: object",
      "    - `code` integer, minimum 1",
    ]);
    expect(schemaOutline(doc, { anyOf: [{ type: "string" }, { type: "integer" }] })).toEqual(["- any of", "  - variant 1: string", "  - variant 2: integer"]);
  });

  it("stops at a bounded depth", () => {
    let deep: SchemaObject = { type: "string" };
    for (let i = 0; i < 10; i++) deep = { type: "object", properties: { [`level${i}`]: deep } };
    const lines = schemaOutline(doc, deep);
    expect(lines.length).toBeLessThan(10);
    expect(lines.at(-1)).toMatch(/^\s+- …$/);
  });
});

describe("schemaTypeLine", () => {
  it("gives type and constraints without the description", () => {
    expect(schemaTypeLine(doc, { type: ["integer", "null"], minimum: 1, maximum: 100, description: "ignored" })).toBe("integer or null, minimum 1, maximum 100");
  });
});
