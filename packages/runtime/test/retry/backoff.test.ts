import { describe, expect, it } from "vitest";
import { backoffDelay, retryAfterMs, retryDelay } from "../../src/retry/backoff.js";
import { DEFAULT_RETRY, mayReplay, resolveRetry } from "../../src/retry/retry-policy.js";

describe("backoff", () => {
  it("doubles from 0.5 s and caps at 8 s by default, jittering down by at most 25%", () => {
    const none = () => 0;
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, DEFAULT_RETRY, none))).toEqual([500, 1000, 2000, 4000, 8000, 8000, 8000]);
    expect(backoffDelay(0, DEFAULT_RETRY, () => 0.999)).toBeGreaterThan(375);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(new Headers({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(new Headers({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(new Headers({ "retry-after": "Wed, 31 Dec 2025 00:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(new Headers({ "retry-after": "soon" }), now)).toBeUndefined();
  });

  it("caps a server's Retry-After at maxRetryAfterMs", () => {
    expect(retryDelay(0, new Headers({ "retry-after": "3600" }), DEFAULT_RETRY)).toBe(60_000);
  });

  it("defaults to 2 retries; a number overrides maxRetries, layers apply in order", () => {
    expect(resolveRetry().maxRetries).toBe(2);
    expect(resolveRetry({ initialDelayMs: 1 }, 0)).toEqual({ ...DEFAULT_RETRY, initialDelayMs: 1, maxRetries: 0 });
  });

  it("replays only idempotent methods unless an idempotency key is present", () => {
    expect(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].every((m) => mayReplay(m, () => false))).toBe(true);
    expect(mayReplay("POST", () => false)).toBe(false);
    expect(mayReplay("PATCH", () => true)).toBe(true);
  });
});
