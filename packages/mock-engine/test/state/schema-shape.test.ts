import { describe, expect, it } from "vitest";
import { fits, shapeAs } from "../../src/state/schema-shape.js";

const document = {
  components: {
    schemas: {
      Status: { type: "string", enum: ["active", "inactive"] },
      Bot: { type: "object", required: ["id", "kind"], properties: { id: { type: "string" }, kind: { type: "string" }, status: { $ref: "#/components/schemas/Status" }, settings: { type: ["string", "null"] } } },
    },
  },
};
const bot = { $ref: "#/components/schemas/Bot" };

describe("schema shape", () => {
  it("tells whether a value fits a property's type, enum and const, refs followed", () => {
    expect(fits(document, "inactive", { $ref: "#/components/schemas/Status" })).toBe(true);
    expect(fits(document, "paused", { $ref: "#/components/schemas/Status" })).toBe(false);
    expect(fits(document, { a: 1 }, { type: ["string", "null"] })).toBe(false); // an object where a JSON-encoded string goes
    expect(fits(document, null, { type: ["string", "null"] })).toBe(true);
    expect(fits(document, 3, { anyOf: [{ type: "string" }, { type: "integer" }] })).toBe(true);
    expect(fits(document, { id: 1 }, bot)).toBe(false);
  });

  it("shapes a stored object as a schema shows it: declared properties only, required ones filled from the example", () => {
    expect(shapeAs(document, { id: "b1", status: "active", secret: "x" }, bot, { id: "doc", kind: "chatbot" })).toEqual({ id: "b1", status: "active", kind: "chatbot" });
    expect(shapeAs(document, { id: "b1", secret: "x" }, { type: "object", additionalProperties: true })).toEqual({ id: "b1", secret: "x" });
  });
});
