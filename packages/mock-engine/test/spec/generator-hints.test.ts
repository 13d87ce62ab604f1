import { describe, expect, it } from "vitest";
import { withGeneratorHints } from "../../src/spec/generator-hints.js";

describe("withGeneratorHints", () => {
  it("adds the minimum/maximum Prism's generator needs for numeric exclusive bounds, without touching the input", () => {
    const document = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Radius: { type: "number", exclusiveMinimum: 0 },
          Count: { type: "integer", exclusiveMinimum: 0, exclusiveMaximum: 10 },
          Tight: { type: "number", exclusiveMinimum: 1, minimum: 5 },
        },
      },
    };
    const before = structuredClone(document);
    expect(withGeneratorHints(document)).toEqual({
      openapi: "3.1.0",
      components: {
        schemas: {
          Radius: { type: "number", exclusiveMinimum: 0, minimum: 0 },
          Count: { type: "integer", exclusiveMinimum: 0, minimum: 1, exclusiveMaximum: 10, maximum: 9 },
          Tight: { type: "number", exclusiveMinimum: 1, minimum: 5 },
        },
      },
    });
    expect(document).toEqual(before);
  });

  it("returns undefined when the spec needs no hint, so Prism serves (and watches) the bundle itself", () => {
    expect(withGeneratorHints({ openapi: "3.1.0", paths: {}, components: { schemas: { N: { type: "number", minimum: 0 } } } })).toBeUndefined();
  });
});
