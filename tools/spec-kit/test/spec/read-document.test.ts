import { describe, expect, it } from "vitest";
import { pointerSegments } from "../../src/spec/json-pointer.js";
import { envelopeErrorPointer, isObject } from "../../src/spec/read-document.js";

describe("read-document", () => {
  it("tells JSON objects from arrays and null", () => {
    expect(isObject({})).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject("x")).toBe(false);
  });

  it("splits and unescapes a JSON pointer", () => {
    expect(pointerSegments("")).toEqual([]);
    expect(pointerSegments("/error")).toEqual(["error"]);
    expect(pointerSegments("/paths/~1widgets~1{id}/get")).toEqual(["paths", "/widgets/{id}", "get"]);
    expect(pointerSegments("/a~01")).toEqual(["a~1"]);
  });

  it("reads x-envelope.error only when it is a JSON pointer", () => {
    expect(envelopeErrorPointer({ "x-envelope": { error: "/error/message" } })).toBe("/error/message");
    expect(envelopeErrorPointer({ "x-envelope": { error: "error" } })).toBeUndefined();
    expect(envelopeErrorPointer({ "x-envelope": { data: "/data" } })).toBeUndefined();
    expect(envelopeErrorPointer({ "x-envelope": ["/error"] })).toBeUndefined();
    expect(envelopeErrorPointer({})).toBeUndefined();
  });
});
