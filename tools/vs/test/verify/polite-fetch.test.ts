import { describe, expect, it } from "vitest";
import { createPoliteFetch } from "../../src/verify/polite-fetch.ts";

const reply = (status: number, headers: Record<string, string> = {}) => new Response("{}", { status, headers });

/** The wait a single 429 carrying `retryAfter` causes, at time `now` (undefined: it was not retried). */
async function waitFor429(retryAfter: string, now: number): Promise<number | undefined> {
  const waits: number[] = [];
  const replies = [reply(429, { "retry-after": retryAfter }), reply(200)];
  const politeFetch = createPoliteFetch({ fetch: async () => replies.shift() ?? reply(500), now: () => now, sleep: async (ms) => void waits.push(ms) });
  await politeFetch("http://127.0.0.1/");
  return waits[0];
}

describe("polite fetch", () => {
  it("reads Retry-After as seconds or as an HTTP date", async () => {
    expect(await waitFor429("3", 0)).toBe(3000);
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(await waitFor429("Thu, 01 Jan 2026 00:00:05 GMT", now)).toBe(5000);
    expect(await waitFor429("soon", now)).toBeUndefined();
  });

  it("reads the rate-limit headers the spec names (x-rate-limit-headers)", async () => {
    const now = 1_700_000_000_000;
    const waits: number[] = [];
    const replies = [reply(200, { "x-quota-left": "0", "x-quota-reset": "12" }), reply(200)];
    const politeFetch = createPoliteFetch({
      fetch: async () => replies.shift() ?? reply(500),
      rateLimitHeaders: { remaining: "X-Quota-Left", reset: "X-Quota-Reset" },
      now: () => now,
      sleep: async (ms) => void waits.push(ms),
    });
    await politeFetch("http://127.0.0.1/a");
    await politeFetch("http://127.0.0.1/b");
    expect(waits).toEqual([12_000]);
  });

  it("sleeps until the vendor's window resets once it reports nothing remaining", async () => {
    const now = 1_700_000_000_000;
    const waits: number[] = [];
    const replies = [reply(200, { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(now / 1000 + 30) }), reply(200)];
    const politeFetch = createPoliteFetch({ fetch: async () => replies.shift() ?? reply(500), now: () => now, sleep: async (ms) => void waits.push(ms) });
    await politeFetch("http://127.0.0.1/a");
    expect(waits).toEqual([]);
    await politeFetch("http://127.0.0.1/b");
    expect(waits).toEqual([30_000]);
  });

  it("gives up after a bounded number of 429s and never waits longer than the cap", async () => {
    let calls = 0;
    const waits: number[] = [];
    const politeFetch = createPoliteFetch({ fetch: async () => (calls++, reply(429, { "retry-after": "1" })), maxRetries: 2, sleep: async (ms) => void waits.push(ms) });
    expect((await politeFetch("http://127.0.0.1/")).status).toBe(429);
    expect(calls).toBe(3);
    const capped = createPoliteFetch({ fetch: async () => reply(429, { "retry-after": "3600" }), maxWaitMs: 60_000, sleep: async (ms) => void waits.push(ms) });
    expect((await capped("http://127.0.0.1/")).status).toBe(429);
    expect(waits).toEqual([1000, 1000]);
  });
});
