import { describe, expect, it, onTestFinished, vi } from "vitest";
import { track, useFakeClock, waitFor, type FakeClock } from "@vendor-sdks/test-doubles/fake-clock";
import { AbortError, ApiError } from "../../src/index.js";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";
import { timedFetch } from "../support/timed-fetch.js";

const ok = { success: true, data: { id: "t1", name: "one" } };
const serve = useTestServer();

/**
 * Once the latest attempt has been answered, checks on the fake clock that the next one goes out exactly `waitMs`
 * later: not 1 ms sooner.
 */
async function retriesAfter(clock: FakeClock, sent: readonly number[], answered: readonly number[], waitMs: number): Promise<void> {
  const attempts = sent.length;
  await waitFor(() => answered.length === attempts, `the answer to attempt ${attempts}`);
  const due = answered[attempts - 1]! + waitMs;
  await clock.advanceTo(due - 1);
  expect(sent).toHaveLength(attempts);
  await clock.advanceTo(due);
  expect(sent.at(-1)).toBe(due);
}

describe("retries", () => {
  it("retries a 503 and returns the following 200", async () => {
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 503, { success: false, error: "busy" }) : json(res, 200, ok)));
    const client = makeClient(s.url);
    const thing = await client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    expect(thing).toEqual(ok.data);
    expect(s.requests).toHaveLength(2);
  });

  it("gives up after 2 retries by default and throws the last ApiError", async () => {
    const s = await serve((_req, res) => json(res, 500, { success: false, error: "boom" }));
    const client = makeClient(s.url);
    const error = await client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(500);
    expect(s.requests).toHaveLength(3);
  });

  it("honours Retry-After: 1 (seconds) on a 429", async () => {
    const clock = useFakeClock();
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 429, { success: false, error: "slow down" }, { "Retry-After": "1" }) : json(res, 200, ok)));
    const { sent, answered, fetch } = timedFetch(clock);
    const client = makeClient(s.url, { fetch });
    const call = client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    await retriesAfter(clock, sent, answered, 1000);
    await expect(call).resolves.toEqual(ok.data);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    // On a whole second, so the HTTP date (1 s resolution) 1.5 s ahead reads as exactly 1 s ahead.
    const clock = useFakeClock({ startAt: new Date("2030-01-01T00:00:00.000Z") });
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, { success: false, error: "slow down" }, { "Retry-After": new Date(Date.now() + 1500).toUTCString() }) : json(res, 200, ok),
    );
    const { sent, answered, fetch } = timedFetch(clock);
    const client = makeClient(s.url, { fetch });
    const call = client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    await retriesAfter(clock, sent, answered, 1000);
    await expect(call).resolves.toEqual(ok.data);
  });

  // No clock assertion: waiting out the 30 s would overrun the test's 5 s limit and fail it.
  it("ends the call at once with an AbortError when aborted during a Retry-After wait", { timeout: 5000 }, async () => {
    const controller = new AbortController();
    const s = await serve((_req, res) => {
      json(res, 429, { success: false, error: "slow down" }, { "Retry-After": "30" });
      setTimeout(() => controller.abort(new Error("user left")), 50);
    });
    const client = makeClient(s.url, { retries: { maxRetries: 3 } });
    const error = await client.GET("/things/{id}", { params: { path: { id: "t1" } }, signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AbortError);
    expect((error as AbortError).cause).toEqual(new Error("user left"));
    expect(s.requests).toHaveLength(1);
  });

  it.each([400, 401, 403, 404, 422])("never retries a %i", async (status) => {
    const s = await serve((_req, res) => json(res, status, { success: false, error: "no" }));
    const client = makeClient(s.url);
    const { error, response } = await client.GET("/things/{id}", { params: { path: { id: "t1" } } });
    expect(response.status).toBe(status);
    expect(error).toEqual({ success: false, error: "no" });
    expect(s.requests).toHaveLength(1);
  });

  it("does not retry a POST without an idempotency key", async () => {
    const s = await serve((_req, res) => json(res, 503, { success: false, error: "busy" }));
    const client = makeClient(s.url);
    const { response } = await client.POST("/things", { body: { name: "x" } });
    expect(response.status).toBe(503);
    expect(s.requests).toHaveLength(1);
  });

  it("retries a POST carrying an idempotency key, with the same key and body on every attempt", async () => {
    const s = await serve((_req, res, i) => (i < 2 ? json(res, 503, { success: false, error: "busy" }) : json(res, 200, ok)));
    const client = makeClient(s.url);
    await client.unwrap(client.POST("/things", { body: { name: "x" }, idempotencyKey: "idem-1" }));
    expect(s.requests).toHaveLength(3);
    for (const r of s.requests) {
      expect(r.headers["idempotency-key"]).toBe("idem-1");
      expect(r.body).toBe('{"name":"x"}');
    }
  });

  it("re-sends a fresh copy of a stream body and of a FormData body", async () => {
    const s = await serve((_req, res, i) => (i % 2 === 0 ? json(res, 503, {}) : json(res, 200, ok)));
    const client = makeClient(s.url);
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("streamed-"));
        c.enqueue(new TextEncoder().encode("body"));
        c.close();
      },
    });
    await client.request("post", "/upload", { body: stream as never, idempotencyKey: "k1" });
    const form = new FormData();
    form.append("file", new Blob(["file-bytes"]), "a.txt");
    await client.POST("/upload", { body: form as never, idempotencyKey: "k2" });
    expect(s.requests.map((r) => r.body.includes("streamed-body") || r.body.includes("file-bytes"))).toEqual([true, true, true, true]);
    expect(s.requests.slice(0, 2).map((r) => r.body)).toEqual(["streamed-body", "streamed-body"]);
    expect(s.requests[2]!.body).toBe(s.requests[3]!.body);
  });

  it("does not retry with retries: 0 on the client, and a call can turn retries back on", async () => {
    const s = await serve((_req, res) => json(res, 503, {}));
    const client = makeClient(s.url, { retries: 0 });
    await client.GET("/things/{id}", { params: { path: { id: "t1" } } });
    expect(s.requests).toHaveLength(1);
    await client.GET("/things/{id}", { params: { path: { id: "t1" } }, retries: { maxRetries: 1, initialDelayMs: 1 } });
    expect(s.requests).toHaveLength(3);
  });

  it("waits with exponential backoff between retries", async () => {
    const clock = useFakeClock();
    vi.spyOn(Math, "random").mockReturnValue(0); // no jitter: the waits are exactly 100 ms, then 200 ms
    onTestFinished(() => void vi.restoreAllMocks());
    const s = await serve((_req, res) => json(res, 503, {}));
    const { sent, answered, fetch } = timedFetch(clock);
    const client = makeClient(s.url, { retries: { maxRetries: 2, initialDelayMs: 100, maxDelayMs: 1000 }, fetch });
    const call = track(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    await retriesAfter(clock, sent, answered, 100);
    await retriesAfter(clock, sent, answered, 200);
    await waitFor(() => call.state !== "pending", "the last answer");
    expect((await call.promise).response.status).toBe(503);
    expect(sent).toEqual([0, 100, 300]);
  });
});
