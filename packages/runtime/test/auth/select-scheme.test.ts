import { afterEach, describe, expect, it, vi } from "vitest";
import { selectScheme } from "../../src/auth/select-scheme.js";
import type { SpecInfo } from "../../src/index.js";
import type { OperationInfo } from "../../src/internal.js";

afterEach(() => {
  vi.unstubAllGlobals();
});

const spec = {
  title: "T",
  version: "1",
  defaultBaseUrl: "https://api.example.test",
  security: [["bearer"]],
  securitySchemes: {
    bearer: { type: "http", scheme: "bearer" },
    tokenQuery: { type: "apiKey", in: "query", name: "token" },
    keyHeader: { type: "apiKey", in: "header", name: "X-Key" },
  },
  envelope: null,
  rateLimitHeaders: null,
} as const satisfies SpecInfo;

const op = (security: readonly (readonly string[])[] | undefined): OperationInfo => ({
  operationId: "streamEvents",
  method: "get",
  path: "/events",
  ...(security ? { security } : {}),
});

function inBrowser(): void {
  vi.stubGlobal("window", {});
  vi.stubGlobal("document", {});
}

describe("selectScheme", () => {
  it("takes the first requirement the spec declares a scheme for, else the spec's default", () => {
    expect(selectScheme(spec, op([["unknown"], ["keyHeader"], ["bearer"]]))).toBe("keyHeader");
    expect(selectScheme(spec, op(undefined))).toBe("bearer");
  });

  it("needs no credentials for security: [] or an anonymous requirement listed first", () => {
    expect(selectScheme(spec, op([]))).toBeNull();
    expect(selectScheme(spec, op([[], ["bearer"]]))).toBeNull();
  });

  it("outside browsers, passes over a query scheme listed first when a later one sends the credential in a header", () => {
    expect(selectScheme(spec, op([["tokenQuery"], ["bearer"]]))).toBe("bearer");
    expect(selectScheme(spec, op([["tokenQuery"], ["keyHeader"]]))).toBe("keyHeader");
  });

  it("keeps a query scheme when nothing else is accepted (alone, or before an anonymous alternative)", () => {
    expect(selectScheme(spec, op([["tokenQuery"]]))).toBe("tokenQuery");
    expect(selectScheme(spec, op([["tokenQuery"], []]))).toBe("tokenQuery");
  });

  it("in a browser-like runtime keeps the spec's order, query scheme first", () => {
    inBrowser();
    expect(selectScheme(spec, op([["tokenQuery"], ["bearer"]]))).toBe("tokenQuery");
    expect(selectScheme(spec, op([["bearer"], ["tokenQuery"]]))).toBe("bearer");
  });
});
