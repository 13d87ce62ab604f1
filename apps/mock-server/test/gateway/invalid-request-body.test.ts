import { describe, expect, it } from "vitest";
import { invalidRequestBody } from "../../src/gateway/invalid-request-body.js";
import { requestViolations } from "../../src/gateway/violations.js";

const header = JSON.stringify([
  { location: ["request", "body", "name"], severity: "Error", code: "type", message: "Request body property name must be string" },
  { location: ["request", "body", "name"], severity: "Error", code: "type", message: "Request body property name must be string" },
  { location: ["response", "body"], severity: "Error", code: "required", message: "Response body must have required property 'id'" },
  { location: ["request", "header"], severity: "Warning", code: "x", message: "a warning" },
]);

describe("invalidRequestBody", () => {
  it("keeps the vendor's error shape and puts the request's violations at its error pointer", () => {
    const rewritten = invalidRequestBody(400, '{"success":false,"error":"Invalid body"}', requestViolations(header), "/error");
    expect(rewritten.contentType).toBe("application/json");
    expect(JSON.parse(rewritten.body)).toEqual({ success: false, error: "Invalid request: Request body property name must be string" });
  });

  it("falls back to problem+json when the spec has no error pointer or the body does not fit it", () => {
    for (const [original, pointer] of [['{"error":"x"}', undefined], ['{"error":{"msg":"x"}}', "/error"], ["not json", "/error"]] as const) {
      const rewritten = invalidRequestBody(422, original, requestViolations(header), pointer);
      expect(rewritten.contentType).toBe("application/problem+json");
      expect(JSON.parse(rewritten.body)).toMatchObject({ status: 422, validation: [{ location: ["request", "body", "name"] }, { location: ["request", "body", "name"] }] });
    }
  });

  it("ignores response-side violations, warnings and a truncated header", () => {
    expect(requestViolations(header)).toHaveLength(2);
    expect(requestViolations("Too many violations! [{")).toEqual([]);
  });
});
