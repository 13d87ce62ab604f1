import { describe, expect, it } from "vitest";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { expectValidResponse } from "../../src/contract/expect-valid-response.ts";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { contractSpec } from "./contract-spec.ts";

const validator = new SpecValidator(contractSpec);
const ops = buildOperationTable(contractSpec);
const bytes = (text: string) => new TextEncoder().encode(text);

/** Check a response to `operationId` with its success status (unless given). */
function check(operationId: string, contentType: string | null, body: Uint8Array, status = ops[operationId]!.successStatus ?? 200): void {
  expectValidResponse(validator, ops[operationId]!, { status, contentType, body });
}

describe("expectValidResponse", () => {
  describe("a JSON body", () => {
    it("passes when it validates against the declared schema, through a shared response", () => {
      expect(() => check("getThing", "application/json; charset=utf-8", bytes('{"id":"t1"}'))).not.toThrow();
    });

    it("fails when it comes back empty, naming the operation, the status and the declared media type", () => {
      expect(() => check("getThing", "application/json", bytes(""))).toThrow("getThing: 200 declares a body (application/json), but the response body is empty.");
    });

    it("fails when it is not JSON, quoting its start", () => {
      expect(() => check("getThing", "application/json", bytes("<html>oops</html>"))).toThrow(/getThing: 200 application\/json body is not JSON \(.*\): "<html>oops<\/html>"/);
    });

    it("fails when it does not validate, saying where", () => {
      expect(() => check("getThing", "application/json", bytes('{"name":"x"}'))).toThrow(/getThing: 200 application\/json body does not validate\n.*"missingProperty":"id"/);
    });

    it("treats a +json media type as JSON", () => {
      expect(() => check("getProblem", "application/problem+json", bytes('{"title":"Nope"}'))).not.toThrow();
      expect(() => check("getProblem", "application/problem+json", bytes('{"detail":"no title"}'))).toThrow("getProblem: 200 application/problem+json body does not validate");
    });
  });

  describe("a body of another media type", () => {
    it("checks a text body as a string against its schema", () => {
      expect(() => check("getNote", "text/plain", bytes("note: hello"))).not.toThrow();
      expect(() => check("getNote", "text/plain", bytes("hello"))).toThrow(/getNote: 200 text\/plain body does not validate\n.*pattern/);
    });

    it("fails a text body that is not UTF-8", () => {
      expect(() => check("getNote", "text/plain", new Uint8Array([0x6e, 0xff, 0xfe]))).toThrow("getNote: 200 text/plain body is not UTF-8 text");
    });

    it("fails an empty text body, even one a string schema would allow", () => {
      expect(() => check("getNote", "text/plain", bytes(""))).toThrow("getNote: 200 declares a body (text/plain), but the response body is empty.");
    });

    it("accepts any non-empty bytes for a binary schema, of any type a declared range covers", () => {
      expect(() => check("getFile", "image/png", new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).not.toThrow();
      expect(() => check("getFile", "application/octet-stream", new Uint8Array([0xff]))).not.toThrow();
      expect(() => check("getFile", null, new Uint8Array([0xff]))).not.toThrow();
    });

    it("fails an empty binary body", () => {
      expect(() => check("getFile", "image/png", new Uint8Array())).toThrow("getFile: 200 declares a body (image/* or */*), but the response body is empty.");
    });

    it("fails a Content-Type the spec does not declare for the status", () => {
      expect(() => check("getThing", "text/html", bytes('{"id":"t1"}'))).toThrow("getThing: 200 answered with Content-Type text/html, but the spec declares application/json.");
      expect(() => check("getNote", null, bytes("note: x"))).toThrow("getNote: 200 answered with Content-Type (none), but the spec declares text/plain.");
    });
  });

  describe("a status that declares no content", () => {
    it("passes an empty body", () => {
      expect(() => check("deleteThing", null, new Uint8Array())).not.toThrow();
    });

    it("fails a body, quoting it", () => {
      expect(() => check("deleteThing", "application/json", bytes('{"ok":true}'))).toThrow('deleteThing: 204 declares no content, but the response has a 11-byte body (application/json): "{\\"ok\\":true}"');
    });
  });

  it("fails a status the spec does not declare for the operation", () => {
    expect(() => check("getThing", "application/json", bytes('{"id":"t1"}'), 201)).toThrow("getThing: the spec declares no 201 response.");
  });
});
