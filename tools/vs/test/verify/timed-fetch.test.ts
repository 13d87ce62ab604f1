import { describe, expect, it } from "vitest";
import { createTimedFetch } from "../../src/verify/timed-fetch.ts";

/** A fetch that never answers and gives up only when its signal aborts, as fetch does. */
const silentFetch: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(init.signal?.reason), { once: true }));

describe("createTimedFetch", () => {
  it("fails an attempt whose headers do not arrive in time, saying so", async () => {
    await expect(createTimedFetch(silentFetch, 50)("http://127.0.0.1/")).rejects.toThrow("no answer within 0.05 s");
  });

  it("still lets the caller's own signal abort the request", async () => {
    const caller = new AbortController();
    const pending = createTimedFetch(silentFetch, 60_000)("http://127.0.0.1/", { signal: caller.signal });
    caller.abort(new Error("caller gave up"));
    await expect(pending).rejects.toThrow("caller gave up");
  });

  it("returns the response when it arrives in time", async () => {
    const response = await createTimedFetch(async () => new Response("ok"), 60_000)("http://127.0.0.1/");
    expect(await response.text()).toBe("ok");
  });
});
