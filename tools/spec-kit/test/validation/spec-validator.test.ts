import { describe, expect, it } from "vitest";
import { SpecValidator } from "../../src/validation/spec-validator.ts";

/** A bundled-spec-shaped document whose one schema carries `pattern` and `patternProperties`. */
function docWith(schema: Record<string, unknown>): Record<string, unknown> {
  return { openapi: "3.1.0", info: { title: "T", version: "1" }, paths: {}, components: { schemas: { Key: schema } } };
}
const KEY = "/components/schemas/Key";

describe("SpecValidator patterns", () => {
  it("validates an escape that only the u flag rejects (ECMA-262 semantics, as OpenAPI means)", () => {
    const validator = new SpecValidator(docWith({ type: "string", pattern: "^[a-zA-Z0-9_\\-\\:]+$" }));
    expect(validator.validateAt(KEY, "model_key-1:v2")).toEqual({ ok: true });
    expect(validator.validateAt(KEY, "has space").ok).toBe(false);
    expect(validator.patternProblems).toEqual([]);
  });

  it("reports a pattern no engine can compile with its pointer and skips it instead of throwing", () => {
    const validator = new SpecValidator(docWith({ type: "string", pattern: "^(?P<name>[a-z]+)$", maxLength: 3 }));
    expect(validator.patternProblems).toEqual([
      { pointer: `${KEY}/pattern`, pattern: "^(?P<name>[a-z]+)$", message: expect.stringMatching(/Invalid/) },
    ]);
    expect(validator.validateAt(KEY, "ABC")).toEqual({ ok: true }); // the broken pattern constrains nothing
    expect(validator.validateAt(KEY, "ABCD").ok).toBe(false); // the rest of the schema still applies
  });

  it("does not take a `pattern` field of an example for a schema pattern", () => {
    const validator = new SpecValidator(docWith({ type: "object", example: { pattern: "[" }, examples: [{ pattern: "(" }] }));
    expect(validator.patternProblems).toEqual([]);
  });

  it("checks patternProperties keys the same way", () => {
    const validator = new SpecValidator(docWith({ type: "object", patternProperties: { "^x\\-": { type: "number" }, "[": { type: "string" } } }));
    expect(validator.patternProblems.map((p) => p.pointer)).toEqual([`${KEY}/patternProperties/[`]);
    expect(validator.validateAt(KEY, { "x-a": 1 })).toEqual({ ok: true });
    expect(validator.validateAt(KEY, { "x-a": "one" }).ok).toBe(false);
  });
});
