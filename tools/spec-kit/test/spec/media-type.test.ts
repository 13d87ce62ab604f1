import { describe, expect, it } from "vitest";
import { declaredMediaType, isJsonMediaType, mediaTypeOf } from "../../src/spec/media-type.ts";

describe("mediaTypeOf", () => {
  it("is the header's type without parameters, lower-cased, or empty without a header", () => {
    expect(mediaTypeOf("Application/JSON; charset=utf-8")).toBe("application/json");
    expect(mediaTypeOf(null)).toBe("");
  });
});

describe("declaredMediaType", () => {
  const declared = ["*/*", "image/*", "image/png", "text/plain"];

  it("prefers the exact type, then its type/* range, then */*", () => {
    expect(declaredMediaType(declared, "image/png")).toBe("image/png");
    expect(declaredMediaType(declared, "image/gif")).toBe("image/*");
    expect(declaredMediaType(declared, "application/pdf")).toBe("*/*");
  });

  it("matches a missing Content-Type only to */*", () => {
    expect(declaredMediaType(declared, "")).toBe("*/*");
    expect(declaredMediaType(["image/*", "text/plain"], "")).toBeUndefined();
  });

  it("is undefined when no declared type covers the response's", () => {
    expect(declaredMediaType(["application/json"], "text/html")).toBeUndefined();
  });

  it("reads declared keys the way it reads the header (case, parameters)", () => {
    expect(declaredMediaType(["Text/Plain; charset=utf-8"], "text/plain")).toBe("Text/Plain; charset=utf-8");
  });
});

describe("isJsonMediaType", () => {
  it("is true for application/json and +json types only", () => {
    expect(["application/json", "application/problem+json; charset=utf-8", "text/plain", "application/jsonl"].map(isJsonMediaType)).toEqual([true, true, false, false]);
  });
});
