import { describe, expect, it } from "vitest";
import { vendorErrorBody, vendorErrorShape } from "../../src/errors/vendor-error.js";

const spec = (envelope: unknown, responses: Record<string, unknown>) => ({
  openapi: "3.1.0",
  ...(envelope === undefined ? {} : { "x-envelope": envelope }),
  paths: { "/bots": { get: { responses } } },
  components: { responses: { NotFound: { content: { "application/json": { examples: { nf: { $ref: "#/components/examples/NF" } } } } } }, examples: { NF: { value: { success: false, error: "Not found" } } } },
});

describe("vendorErrorShape and vendorErrorBody", () => {
  it("models every error on a documented example, the message at x-envelope.error, $refs followed", () => {
    const shape = vendorErrorShape(spec({ error: "/error" }, { "404": { $ref: "#/components/responses/NotFound" } }));
    expect(JSON.parse(vendorErrorBody(shape, "Request body is not valid JSON").body)).toEqual({ success: false, error: "Request body is not valid JSON" });
  });

  it("prefers the vendor's own answer when the message fits it, and never changes a non-string field", () => {
    const shape = vendorErrorShape(spec({ error: "/error" }, {}));
    expect(JSON.parse(vendorErrorBody(shape, "bad", { success: false, error: "x", code: "E1" }).body)).toEqual({ success: false, error: "bad", code: "E1" });
    expect(JSON.parse(vendorErrorBody(shape, "bad", { error: { msg: "x" } }).body)).toEqual({ error: "bad" });
  });

  it("builds the pointer's path when the spec has no fitting example", () => {
    const shape = vendorErrorShape(spec({ error: "/error/message" }, {}));
    expect(JSON.parse(vendorErrorBody(shape, "bad").body)).toEqual({ error: { message: "bad" } });
  });

  it("answers {error} as JSON when the spec publishes no error field, never problem+json", () => {
    const body = vendorErrorBody(vendorErrorShape(spec(undefined, {})), "bad");
    expect(body).toEqual({ contentType: "application/json", body: '{"error":"bad"}' });
  });
});
