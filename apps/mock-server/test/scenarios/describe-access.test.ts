import { describe, expect, it } from "vitest";
import { describeValidation } from "../../src/scenarios/describe-access.js";

const withEnvelope = (error: unknown): Record<string, unknown> => ({
  openapi: "3.1.0",
  "x-envelope": { error },
  paths: { "/widgets": { post: { responses: { "201": {}, "400": {} } } } },
});

describe("describeValidation", () => {
  it("names the spec's x-envelope.error pointer as where the violations go", () => {
    expect(describeValidation(withEnvelope("/error"), 1)).toBe(
      "on 1 of 1 operations, the spec's 400/422 status with the vendor's error body, its `/error` message naming the violations",
    );
  });

  it("reads x-envelope.error by the engine's rule: a value that is not a JSON pointer is no envelope", () => {
    // the engine writes no vendor message field for such a value, so the listing must not promise one
    expect(describeValidation(withEnvelope("error"), 1)).toBe(
      "on 1 of 1 operations, the spec's 400/422 status with a JSON body whose `error` names the violations (the spec publishes no error message field)",
    );
    expect(describeValidation(withEnvelope(7), 1)).not.toContain("problem+json");
  });

  it("promises the vendor's shape, with 422, where the operation documents no validation error", () => {
    expect(describeValidation(withEnvelope("/error"), 3)).toBe(
      "on 1 of 3 operations, the spec's 400/422 status with the vendor's error body, its `/error` message naming the violations; on the other 2, 422 with the same body",
    );
  });
});
