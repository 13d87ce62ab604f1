import { describe, expect, it } from "vitest";
import { readPreferences } from "../../src/engine/prefer-header.js";

describe("readPreferences", () => {
  it("reads code, example, dynamic and seed from the Prefer header", () => {
    expect(readPreferences('code=402, example="planLimitReached"', {})).toEqual({ code: 402, exampleKey: "planLimitReached" });
    expect(readPreferences("dynamic=true; seed=42", {})).toEqual({ dynamic: true, seed: "42" });
  });

  it("reads the __code/__example/__dynamic/__seed query parameters only without a Prefer header", () => {
    expect(readPreferences(undefined, { __code: "429", __dynamic: "false" })).toEqual({ code: 429, dynamic: false });
    expect(readPreferences("example=x", { __code: "429" })).toEqual({ exampleKey: "x" });
  });

  it("rejects a malformed value, naming the preference", () => {
    expect(() => readPreferences("code=42x", {})).toThrow('Prefer code must be a 3-digit status, got "42x".');
    expect(() => readPreferences("dynamic=yes", {})).toThrow('Prefer dynamic must be true or false, got "yes".');
  });
});
