import { expect, it } from "vitest";
import { responseKey } from "../../src/operations/response-key.js";

it("picks the exact status, then its range, then default, and nothing when none is declared", () => {
  const responses = { "200": {}, "4XX": {}, default: {} };
  expect(responseKey(responses, 200)).toBe("200");
  expect(responseKey(responses, 404)).toBe("4XX");
  expect(responseKey(responses, 503)).toBe("default");
  expect(responseKey({ "200": {} }, 500)).toBeUndefined();
});
