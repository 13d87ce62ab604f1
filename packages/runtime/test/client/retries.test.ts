import { describe, expect, it } from "vitest";
import { ApiError } from "../../src/index.js";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const ok = { success: true, data: { id: "t1", name: "one" } };
const serve = useTestServer();

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
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 429, { success: false, error: "slow down" }, { "Retry-After": "1" }) : json(res, 200, ok)));
    const client = makeClient(s.url);
    await client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    const [first, second] = s.requests;
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    const s = await serve((_req, res, i) =>
      i === 0 ? json(res, 429, { success: false, error: "slow down" }, { "Retry-After": new Date(Date.now() + 1500).toUTCString() }) : json(res, 200, ok),
    );
    const client = makeClient(s.url);
    await client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" } } }));
    const [first, second] = s.requests;
    // HTTP dates have 1 s resolution: the wait is between 0.5 and 1.5 s.
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(400);
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
    const s = await serve((_req, res) => json(res, 503, {}));
    const client = makeClient(s.url, { retries: { maxRetries: 2, initialDelayMs: 100, maxDelayMs: 1000 } });
    await client.GET("/things/{id}", { params: { path: { id: "t1" } } });
    const [a, b, c] = s.requests.map((r) => r.at);
    expect(b! - a!).toBeGreaterThanOrEqual(70); // 100 ms minus up to 25% jitter
    expect(c! - b!).toBeGreaterThanOrEqual(145); // 200 ms minus up to 25% jitter
  });
});
