import { describe, expect, it } from "vitest";
import { readRateLimit, reportsRateLimit } from "../../src/rate-limit/rate-limit.js";

const named = { limit: "X-Quota-Limit", remaining: "X-Quota-Left", reset: "X-Quota-Reset" };

describe("rate-limit headers", () => {
  it("finds the common X-RateLimit-* and RateLimit-* names when the spec names none", () => {
    expect(reportsRateLimit(new Headers({ "x-ratelimit-remaining": "3" }), null)).toBe(true);
    expect(reportsRateLimit(new Headers({ "RateLimit-Remaining": "3" }), null)).toBe(true);
    expect(reportsRateLimit(new Headers({ "content-type": "application/json" }), null)).toBe(false);
    expect(readRateLimit(new Headers({ "RateLimit-Limit": "60", "RateLimit-Remaining": "3" }), null)).toEqual({ limit: 60, remaining: 3 });
  });

  it("uses the spec's names (x-rate-limit-headers) instead", () => {
    const headers = new Headers({ "X-Quota-Left": "7", "X-Quota-Limit": "100", "X-RateLimit-Remaining": "1" });
    expect(reportsRateLimit(headers, named)).toBe(true);
    expect(readRateLimit(headers, named)).toEqual({ limit: 100, remaining: 7 });
    expect(reportsRateLimit(new Headers({ "X-RateLimit-Remaining": "1" }), named)).toBe(false);
  });

  it("reads a reset above 10^9 as epoch seconds and a smaller one as seconds from the response", () => {
    const now = Date.UTC(2026, 0, 1);
    expect(readRateLimit(new Headers({ "x-ratelimit-reset": "1767225660" }), null, now)?.resetAt?.getTime()).toBe(1767225660_000);
    expect(readRateLimit(new Headers({ "x-ratelimit-reset": "30" }), null, now)?.resetAt?.getTime()).toBe(now + 30_000);
  });

  it("ignores values that are not numbers", () => {
    expect(readRateLimit(new Headers({ "x-ratelimit-remaining": "soon" }), null)).toBeUndefined();
  });
});
