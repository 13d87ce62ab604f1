import { describe, expect, it } from "vitest";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
import { decodeBody } from "../../src/request/decode-body.js";

const json = (text: string | Buffer) => decodeBody(Buffer.isBuffer(text) ? text : Buffer.from(text), "application/json; charset=utf-8");

describe("decodeBody", () => {
  it("parses JSON bodies and passes others as text; an empty body is null", () => {
    expect(json('{"a":1}')).toEqual({ ok: true, body: { a: 1 } });
    expect(decodeBody(Buffer.from("a=1"), "application/x-www-form-urlencoded")).toEqual({ ok: true, body: "a=1" });
    expect(json("")).toEqual({ ok: true, body: null });
    expect(isJsonMediaType("application/merge-patch+json")).toBe(true);
    expect(isJsonMediaType("text/json")).toBe(false);
  });

  it("names the parse error with its position, line and column", () => {
    expect(json('{"name":')).toEqual({ ok: false, message: "Request body is not valid JSON: Unexpected end of JSON input at position 8 (line 1, column 9)." });
    expect(json("[1,,2]")).toMatchObject({ message: expect.stringMatching(/Unexpected token ',' at position 3 \(line 1, column 4\)\.$/) });
    expect(json('{\n "a": tru }')).toMatchObject({ message: expect.stringContaining("(line 2, column 10)") });
  });

  it("names the first byte that is not UTF-8", () => {
    expect(json(Buffer.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toEqual({ ok: false, message: "Request body is not valid UTF-8 (byte 2), so it is not valid JSON." });
  });
});
