import { describe, expect, it, vi } from "vitest";
import { track, useFakeClock, waitFor } from "@vendor-sdks/test-doubles/fake-clock";
import { AbortError, ConnectionError, TimeoutError } from "../../src/index.js";
import { closedPortUrl, json, useTestServer, type Handler } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";
import { timedFetch } from "../support/timed-fetch.js";

const serve = useTestServer();

const params = { params: { path: { id: "t1" } } };

/** Sends headers and half a body, then stalls. */
const stallMidBody: Handler = (_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": "100" });
  res.write('{"success":true,');
};

describe("timeouts and cancellation", () => {
  it("times out an attempt whose headers never come after timeoutMs, retrying each attempt", async () => {
    const clock = useFakeClock();
    const s = await serve(() => {});
    const { sent, fetch } = timedFetch(clock);
    const client = makeClient(s.url, { timeoutMs: 100, retries: { maxRetries: 1, initialDelayMs: 1 }, fetch });
    const call = track(client.GET("/things/{id}", params));
    await clock.advanceTo(99);
    expect([call.state, sent]).toEqual(["pending", [0]]);
    // At 100 ms the first attempt times out; the retry follows after its backoff (at most 1 ms).
    await clock.advanceTo(101);
    await waitFor(() => s.requests.length === 2, "the retried request");
    expect(sent).toHaveLength(2);
    expect(sent[1]).toBeGreaterThanOrEqual(100);
    expect(sent[1]).toBeLessThanOrEqual(101);
    await clock.advanceTo(sent[1]! + 99);
    expect(call.state).toBe("pending");
    await clock.advanceTo(sent[1]! + 100);
    expect(call.state).toBe("rejected");
    await expect(call.promise).rejects.toBeInstanceOf(TimeoutError);
    expect(s.requests).toHaveLength(2);
  });

  it("times out an attempt whose body stalls after the headers", async () => {
    const s = await serve(stallMidBody);
    const client = makeClient(s.url, { retries: 0 });
    const error = await client.GET("/things/{id}", { ...params, timeoutMs: 100 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain("timed out after 100 ms");
  });

  it("times out a retried attempt whose body stalls, not only the first", async () => {
    const s = await serve((req, res, i) => (i === 0 ? json(res, 503, {}) : stallMidBody(req, res, i)));
    const client = makeClient(s.url, { timeoutMs: 150, retries: { maxRetries: 1, initialDelayMs: 1 } });
    const error = await client.GET("/things/{id}", params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(s.requests).toHaveLength(2);
  });

  it("times out an error response whose body stalls", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(404, { "content-type": "application/json", "content-length": "100" });
      res.write('{"success":false,');
    });
    const client = makeClient(s.url, { timeoutMs: 100 });
    await expect(client.GET("/things/{id}", params)).rejects.toBeInstanceOf(TimeoutError);
  });

  it("reports a connection dropped mid-body as a ConnectionError", async () => {
    const s = await serve((req, res, i) => {
      stallMidBody(req, res, i);
      setTimeout(() => res.destroy(), 20);
    });
    const client = makeClient(s.url, { retries: 0 });
    await expect(client.GET("/things/{id}", params)).rejects.toBeInstanceOf(ConnectionError);
  });

  it("treats a timeout longer than timers can hold (over 2^31 ms) as a very long one, not as 1 ms", async () => {
    const s = await serve((_req, res) => void setTimeout(() => json(res, 200, { success: true, data: { id: "t1" } }), 50));
    const client = makeClient(s.url, { timeoutMs: 2 ** 31, retries: 0 });
    const { data } = await client.GET("/things/{id}", params);
    expect(data).toEqual({ success: true, data: { id: "t1" } });
  });

  it("times out an attempt after timeoutMs even when a custom fetch ignores signals", async () => {
    const clock = useFakeClock();
    const client = makeClient("http://127.0.0.1:9", { timeoutMs: 100, retries: 0, fetch: () => new Promise<Response>(() => {}) });
    const call = track(client.GET("/things/{id}", params));
    await clock.advanceTo(99);
    expect(call.state).toBe("pending");
    await clock.advanceTo(100);
    expect(call.state).toBe("rejected");
    await expect(call.promise).rejects.toBeInstanceOf(TimeoutError);
  });

  it("frees a timed-out attempt's connection when its late answer arrives (the body is cancelled, not read)", async () => {
    let closedEarly: () => void = () => {};
    const serverSawClose = new Promise<void>((resolve) => (closedEarly = resolve));
    const s = await serve((_req, res) => {
      setTimeout(() => {
        res.writeHead(200, { "content-type": "application/json" });
        res.write('{"success":true,'); // and never more: only a cancelled body ends this response
        res.on("close", () => closedEarly());
      }, 150);
    });
    const client = makeClient(s.url, { timeoutMs: 50, retries: 0 });
    await expect(client.GET("/things/{id}", params)).rejects.toBeInstanceOf(TimeoutError);
    // A real wait on the socket: the bound only catches a connection that is never freed, not a slow one.
    await expect(Promise.race([serverSawClose.then(() => "closed"), new Promise((r) => setTimeout(r, 8000, "still open"))])).resolves.toBe("closed");
  });

  it("hands fetch the caller's own signal, so aborting it aborts the request on the wire", async () => {
    let closed: () => void = () => {};
    const serverSawClose = new Promise<void>((resolve) => (closed = resolve));
    const controller = new AbortController();
    // Aborted once the server holds the request (not after a fixed delay, which a busy machine can outrun).
    const s = await serve((_req, res) => {
      res.on("close", () => closed());
      controller.abort();
    });
    const seen: (AbortSignal | null | undefined)[] = [];
    const client = makeClient(s.url, {
      fetch: (input, init) => {
        seen.push(init?.signal);
        return fetch(input, init);
      },
    });
    await expect(client.GET("/things/{id}", { ...params, signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(seen).toEqual([controller.signal]);
    await serverSawClose;
  });

  it("aborts mid-body with the caller's signal, as an AbortError, without retrying", async () => {
    const s = await serve(stallMidBody);
    const controller = new AbortController();
    // Aborted as soon as the headers are in, so the body is what the abort interrupts.
    const client = makeClient(s.url, {
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        controller.abort();
        return response;
      },
    });
    await expect(client.GET("/things/{id}", { ...params, signal: controller.signal })).rejects.toBeInstanceOf(AbortError);
    expect(s.requests).toHaveLength(1);
  });

  it("stops retrying at once when aborted during a backoff wait", async () => {
    const clock = useFakeClock();
    const s = await serve((_req, res) => json(res, 503, {}));
    const { answered, fetch } = timedFetch(clock);
    const client = makeClient(s.url, { retries: { maxRetries: 5, initialDelayMs: 5000 }, fetch });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const call = track(client.GET("/things/{id}", { ...params, signal: controller.signal }));
    await waitFor(() => answered.length === 1, "the 503");
    await clock.advanceTo(99);
    expect(call.state).toBe("pending"); // waiting out a backoff of at least 3750 ms (5000 ms less jitter)
    await clock.advanceTo(100);
    expect(call.state).toBe("rejected");
    await expect(call.promise).rejects.toBeInstanceOf(AbortError);
    expect(s.requests).toHaveLength(1);
  });

  it("does not send anything when the signal is already aborted", async () => {
    const s = await serve((_req, res) => json(res, 200, {}));
    const client = makeClient(s.url);
    await expect(client.GET("/things/{id}", { ...params, signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(s.requests).toHaveLength(0);
  });

  it("reports a custom fetch that throws instead of rejecting like any failed attempt", async () => {
    const fetchThatThrows = vi.fn((): Promise<Response> => {
      throw new TypeError("fetch failed");
    });
    const client = makeClient("http://127.0.0.1:9", { fetch: fetchThatThrows, retries: { maxRetries: 1, initialDelayMs: 1 } });
    await expect(client.GET("/things/{id}", params)).rejects.toBeInstanceOf(ConnectionError);
    expect(fetchThatThrows).toHaveBeenCalledTimes(2);
  });

  it("reports a refused connection as a ConnectionError after retrying", async () => {
    const attempts = vi.fn(globalThis.fetch);
    const client = makeClient(await closedPortUrl(), { fetch: attempts, retries: { maxRetries: 2, initialDelayMs: 1 } });
    const error = await client.GET("/things/{id}", params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).toContain("ECONNREFUSED");
    expect(attempts).toHaveBeenCalledTimes(3);
  });
});
