import { describe, expect, it } from "vitest";
import { canonicalPointer, deref, getAtPointer, pointerOf } from "../../src/spec/json-pointer.ts";

const doc = {
  paths: { "/bots/{id}": { get: { responses: { "404": { $ref: "#/components/responses/NotFound" } } } } },
  components: {
    responses: { NotFound: { content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
    schemas: {
      Error: { type: "object" },
      Alias: { $ref: "#/components/schemas/Error" },
      Loop: { $ref: "#/components/schemas/Loop" },
    },
  },
};

describe("JSON pointers into bundled specs", () => {
  it("escapes path templates and reads them back", () => {
    const pointer = pointerOf("paths", "/bots/{id}", "get");
    expect(pointer).toBe("/paths/~1bots~1{id}/get");
    expect(getAtPointer(doc, pointer)).toBe(doc.paths["/bots/{id}"].get);
  });

  it("follows a chain of $refs, including percent-encoded ones, to the concrete object", () => {
    expect(deref(doc, { $ref: "#/components/schemas/Alias" })).toEqual({ type: "object" });
    expect(deref(doc, { $ref: "#/paths/~1bots~1%7Bid%7D/get" })).toBe(doc.paths["/bots/{id}"].get);
  });

  it("gives undefined for a dangling, non-local or circular $ref instead of looping or guessing", () => {
    expect(deref(doc, { $ref: "#/components/schemas/Missing" })).toBeUndefined();
    expect(deref(doc, { $ref: "other.yaml#/Error" })).toBeUndefined();
    expect(deref(doc, { $ref: "#/components/schemas/Loop" })).toBeUndefined();
  });

  it("rewrites a pointer that passes through $refs to where the node really lives", () => {
    const through = pointerOf("paths", "/bots/{id}", "get", "responses", "404", "content", "application/json", "schema");
    expect(canonicalPointer(doc, through)).toBe("/components/responses/NotFound/content/application~1json/schema");
  });
});
