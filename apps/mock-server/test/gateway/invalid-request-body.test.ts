import { describe, expect, it } from "vitest";
import { invalidRequestBody } from "../../src/gateway/invalid-request-body.js";
import { requestViolations } from "../../src/gateway/violations.js";

const header = JSON.stringify([
  { location: ["request", "body", "name"], severity: "Error", code: "type", message: "Request body property name must be string" },
  { location: ["request", "body", "name"], severity: "Error", code: "type", message: "Request body property name must be string" },
  { location: ["response", "body"], severity: "Error", code: "required", message: "Response body must have required property 'id'" },
  { location: ["request", "header"], severity: "Warning", code: "x", message: "a warning" },
]);

const json = (body: string) => ({ body, contentType: "application/json" });

// What Prism answers itself when the operation documents no 400/422 (prism-http's createUnprocessableEntityResponse).
const prismProblem = JSON.stringify({
  type: "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY",
  title: "Invalid request",
  status: 422,
  detail: "Your request is not valid and no HTTP validation response was found in the spec, so Prism is generating this error for you.",
  validation: [{ location: ["body"], severity: "Error", code: "type", message: "Request body property name must be string" }],
});

describe("invalidRequestBody", () => {
  it("keeps the vendor's error shape and puts the request's violations at its error pointer", () => {
    const rewritten = invalidRequestBody(400, json('{"success":false,"error":"Invalid body"}'), requestViolations(header), "/error");
    expect(rewritten.contentType).toBe("application/json");
    expect(JSON.parse(rewritten.body)).toEqual({ success: false, error: "Invalid request: Request body property name must be string" });
  });

  it("keeps the vendor's own content type on the vendor-shaped body", () => {
    const answer = { body: '{"success":false,"error":"Invalid body"}', contentType: "application/json; charset=utf-8" };
    expect(invalidRequestBody(400, answer, requestViolations(header), "/error").contentType).toBe("application/json; charset=utf-8");
  });

  it("falls back to problem+json when the spec has no error pointer or the body does not fit it", () => {
    for (const [original, pointer] of [['{"error":"x"}', undefined], ['{"error":{"msg":"x"}}', "/error"], ["not json", "/error"]] as const) {
      const rewritten = invalidRequestBody(422, json(original), requestViolations(header), pointer);
      expect(rewritten.contentType).toBe("application/problem+json");
      expect(JSON.parse(rewritten.body)).toMatchObject({ status: 422, validation: [{ location: ["request", "body", "name"] }, { location: ["request", "body", "name"] }] });
    }
  });

  it("leaves Prism's own 422 problem+json as it is, even for a vendor with an error pointer", () => {
    const rewritten = invalidRequestBody(422, { body: prismProblem, contentType: "application/problem+json" }, requestViolations(header), "/error");
    expect(rewritten).toEqual({ body: prismProblem, contentType: "application/problem+json" });
    expect(JSON.parse(rewritten.body)).not.toHaveProperty("error");
  });

  it("never injects the vendor's error field into a problem+json answer; it lists the violations there instead", () => {
    const answer = { body: '{"type":"about:blank","title":"Bad Request","status":400}', contentType: "application/problem+json; charset=utf-8" };
    const rewritten = invalidRequestBody(400, answer, requestViolations(header), "/error");
    expect(rewritten.contentType).toBe("application/problem+json; charset=utf-8");
    expect(JSON.parse(rewritten.body)).not.toHaveProperty("error");
    expect(JSON.parse(rewritten.body)).toMatchObject({ status: 400, validation: [{ location: ["request", "body", "name"] }, { location: ["request", "body", "name"] }] });
  });

  it("ignores response-side violations, warnings and a truncated header", () => {
    expect(requestViolations(header)).toHaveLength(2);
    expect(requestViolations("Too many violations! [{")).toEqual([]);
  });
});
