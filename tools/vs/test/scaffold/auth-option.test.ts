import { describe, expect, it } from "vitest";
import { authOptionProblem, parseAuthOption } from "../../src/scaffold/auth-option.ts";

describe("--auth", () => {
  it("accepts bearer, an API key in a named header, and an API key in a named query parameter", () => {
    expect(parseAuthOption("bearer")).toEqual({ kind: "bearer" });
    expect(parseAuthOption("api-key:X-Acme-Key")).toEqual({ kind: "api-key", in: "header", name: "X-Acme-Key" });
    expect(parseAuthOption("api-key-query:api_key")).toEqual({ kind: "api-key", in: "query", name: "api_key" });
  });

  it("rejects anything else, naming the accepted forms and what it got", () => {
    expect(() => parseAuthOption("oauth")).toThrow('--auth must be one of bearer | api-key:<Header-Name> | api-key-query:<param> (e.g. api-key:X-API-Key), got "oauth"');
    expect(() => parseAuthOption(undefined)).toThrow('got ""');
    expect(() => parseAuthOption("api-key:")).toThrow("--auth must be one of");
    expect(() => parseAuthOption("basic")).toThrow("--auth must be one of");
  });

  it("rejects a header or parameter name that cannot be sent as is", () => {
    expect(() => parseAuthOption("api-key:X Key")).toThrow('needs a header name of letters, digits and dashes, got "X Key"');
    expect(() => parseAuthOption("api-key:X-Key: y")).toThrow("needs a header name");
    expect(() => parseAuthOption("api-key-query:a&b")).toThrow('needs a parameter name of letters, digits, "_", "." and "-", got "a&b"');
  });

  it("checks options built in code the same way", () => {
    expect(authOptionProblem({ kind: "api-key", in: "header", name: "X-Key" })).toBeUndefined();
    expect(authOptionProblem({ kind: "api-key", in: "header", name: "" })).toContain("needs a header name");
    expect(authOptionProblem({ kind: "api-key", in: "cookie" as "query", name: "k" })).toContain('must go in a header or the query, got "cookie"');
    expect(authOptionProblem({ kind: "basic" } as unknown as { kind: "bearer" })).toContain('got kind "basic"');
  });
});
