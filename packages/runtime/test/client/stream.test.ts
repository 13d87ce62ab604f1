import type { ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";
import { ApiError, ConnectionError, StreamEventError, StreamIncompleteError, TimeoutError, VendorSdkError, stream, type SseEvent } from "../../src/index.js";
import { API_KEY } from "../support/fixture-api.js";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const serve = useTestServer();

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Starts an event stream on `res` and resolves `closed` when the client closes the connection. */
function openStream(res: ServerResponse): { closed: Promise<void> } {
  res.writeHead(200, { "content-type": "text/event-stream" });
  return { closed: new Promise((resolve) => res.on("close", () => resolve())) };
}

/** Runs an iteration to its end: the events it yielded, and what it threw (undefined when it ended cleanly). */
async function drain(events: AsyncIterable<SseEvent>): Promise<{ seen: SseEvent[]; error: unknown }> {
  const seen: SseEvent[] = [];
  try {
    for await (const event of events) seen.push(event);
    return { seen, error: undefined };
  } catch (error) {
    return { seen, error };
  }
}

describe("stream()", () => {
  it("yields typed events with JSON data parsed, written in pieces with pauses", async () => {
    const s = await serve(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const text = 'event: token\nid: 1\ndata: {"text":"Hel"}\n\nevent: token\ndata: {"text":"lo"}\n\nevent: done\ndata: {"total":2}\n\n';
      for (let i = 0; i < text.length; i += 7) {
        res.write(text.slice(i, i + 7));
        // the pause after the first piece alone outlasts the 20 ms attempt timeout
        await new Promise((r) => setTimeout(r, i === 0 ? 100 : 1));
      }
      res.end();
    });
    // The per-attempt timeout is shorter than the stream: streams are exempt from it.
    const client = makeClient(s.url, { timeoutMs: 20 });
    const events = [];
    for await (const event of stream(client, "/chat", { body: { message: "hi" } })) events.push(event);
    expect(events).toEqual([
      { event: "token", data: { text: "Hel" }, id: "1" },
      { event: "token", data: { text: "lo" }, id: "1" },
      { event: "done", data: { total: 2 }, id: "1" },
    ]);
    expect(s.requests[0]!.method).toBe("POST");
    expect(s.requests[0]!.body).toBe('{"message":"hi"}');
  });

  it("ends cleanly when the caller aborts mid-stream", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: token\ndata: {"text":"a"}\n\n');
      // …and never ends.
    });
    const client = makeClient(s.url);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of stream(client, "/chat", { body: { message: "hi" }, signal: controller.signal })) {
      seen.push(event.event);
      setTimeout(() => controller.abort(), 10);
    }
    expect(seen).toEqual(["token"]);
  });

  it("throws an ApiError for an error status before the stream starts", async () => {
    const s = await serve((_req, res) => json(res, 402, { success: false, error: "Insufficient balance", code: "INSUFFICIENT_BALANCE" }));
    const client = makeClient(s.url);
    const run = async () => {
      for await (const _ of stream(client, "/chat", { body: { message: "hi" } })) void _;
    };
    await expect(run()).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === "INSUFFICIENT_BALANCE");
  });

  it("refuses a path without a streaming operation", () => {
    const client = makeClient("http://127.0.0.1:9");
    expect(() => stream(client, "/things" as never)).toThrow(VendorSdkError);
  });
});

describe("stream() idle timeout (streamIdleTimeoutMs)", () => {
  it("fails with a TimeoutError, and closes the connection, when a stream stalls after one event", async () => {
    let closed: Promise<void> | undefined;
    const s = await serve((_req, res) => {
      closed = openStream(res).closed;
      res.write('event: token\ndata: {"text":"a"}\n\n');
      // …then silence, with the connection left open.
    });
    const client = makeClient(s.url, { streamIdleTimeoutMs: 300 });
    const { seen, error } = await drain(stream(client, "/chat", { body: { message: "hi" } }));
    expect(seen.map((e) => e.event)).toEqual(["token"]);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(String(error)).toContain("chat (POST /chat): no data arrived for 300 ms (streamIdleTimeoutMs)");
    await closed;
  });

  it("fails with a TimeoutError when the response headers never come", async () => {
    const s = await serve(() => {
      // accepts the request and never answers
    });
    const client = makeClient(s.url);
    const { error } = await drain(stream(client, "/chat", { body: { message: "hi" }, streamIdleTimeoutMs: 200 }));
    expect(error).toBeInstanceOf(TimeoutError);
  });

  it("is reset by every byte: keepalive comments and heartbeat events keep a slow stream alive", async () => {
    const s = await serve(async (_req, res) => {
      openStream(res);
      for (let i = 0; i < 8; i++) {
        res.write(i % 2 === 0 ? ": keepalive\n\n" : 'event: heartbeat\ndata: {}\n\n');
        await pause(60);
      }
      res.end('event: done\ndata: {"total":0}\n\n');
    });
    const client = makeClient(s.url, { streamIdleTimeoutMs: 300 });
    const { seen, error } = await drain(stream(client, "/chat", { body: { message: "hi" } }));
    expect(error).toBeUndefined();
    expect(seen.map((e) => e.event)).toEqual(["heartbeat", "heartbeat", "heartbeat", "heartbeat", "done"]);
  });

  it("takes a call's setting over the client's, and 0 turns it off", async () => {
    const s = await serve(async (_req, res) => {
      openStream(res);
      res.write('event: token\ndata: {"text":"a"}\n\n');
      await pause(250);
      res.end('event: done\ndata: {"total":1}\n\n');
    });
    const client = makeClient(s.url, { streamIdleTimeoutMs: 50 });
    const { seen, error } = await drain(stream(client, "/chat", { body: { message: "hi" }, streamIdleTimeoutMs: 0 }));
    expect(error).toBeUndefined();
    expect(seen.map((e) => e.event)).toEqual(["token", "done"]);
  });

  it("refuses a negative or non-numeric setting, naming it", () => {
    const client = makeClient("http://127.0.0.1:9");
    expect(() => stream(client, "/chat", { body: { message: "hi" }, streamIdleTimeoutMs: -1 })).toThrow(/streamIdleTimeoutMs must be a number of milliseconds.*got -1/);
    const badClient = makeClient("http://127.0.0.1:9", { streamIdleTimeoutMs: Number.NaN });
    expect(() => stream(badClient, "/chat", { body: { message: "hi" } })).toThrow(/got NaN/);
  });
});

describe("stream() mid-stream failures", () => {
  it("throws a ConnectionError when the connection drops mid-stream", async () => {
    const s = await serve((_req, res) => {
      openStream(res);
      res.write('event: token\ndata: {"text":"a"}\n\n');
      setTimeout(() => res.destroy(), 20);
    });
    const { seen, error } = await drain(stream(makeClient(s.url), "/chat", { body: { message: "hi" } }));
    expect(seen).toHaveLength(1);
    expect(error).toBeInstanceOf(ConnectionError);
    expect(String(error)).toContain("chat (POST /chat): the connection was lost mid-stream");
  });

  it("throws a StreamEventError for an event the spec declares an error, carrying it with secrets scrubbed", async () => {
    const s = await serve((_req, res) => {
      openStream(res);
      res.write('event: token\ndata: {"text":"a"}\n\n');
      res.end(`event: error\ndata: {"detail":"provider refused key ${API_KEY}"}\n\n`);
    });
    const { seen, error } = await drain(stream(makeClient(s.url), "/turn"));
    expect(seen.map((e) => e.event)).toEqual(["token"]);
    expect(error).toBeInstanceOf(StreamEventError);
    const failure = error as StreamEventError;
    expect(failure.operationId).toBe("turn");
    expect(failure.event).toEqual({ event: "error", data: { detail: "provider refused key [redacted]" } });
    expect(failure.message).toContain('turn (GET /turn): the stream reported an error (event "error"): {"detail":"provider refused key [redacted]"}');
    expect(JSON.stringify(failure) + String(failure.stack)).not.toContain(API_KEY);
  });

  it("ends after an event the spec declares terminal and closes the connection, without waiting for the server", async () => {
    let closed: Promise<void> | undefined;
    const s = await serve((_req, res) => {
      closed = openStream(res).closed;
      res.write('event: token\ndata: {"text":"a"}\n\nevent: done\ndata: {"total":1}\n\n');
      // …and keeps the connection open.
    });
    const { seen, error } = await drain(stream(makeClient(s.url), "/turn"));
    expect(error).toBeUndefined();
    expect(seen.map((e) => e.event)).toEqual(["token", "done"]);
    await closed;
  });

  it("throws a StreamIncompleteError when the stream ends before its terminal event", async () => {
    const s = await serve((_req, res) => {
      openStream(res);
      res.end('event: token\ndata: {"text":"a"}\n\n');
    });
    const { seen, error } = await drain(stream(makeClient(s.url), "/turn"));
    expect(seen.map((e) => e.event)).toEqual(["token"]);
    expect(error).toBeInstanceOf(StreamIncompleteError);
    expect(String(error)).toContain("turn (GET /turn): the stream ended before its terminal event (done)");
  });

  it("ends quietly when the caller aborts before the terminal event", async () => {
    const s = await serve((_req, res) => {
      openStream(res);
      res.write('event: token\ndata: {"text":"a"}\n\n');
    });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of stream(makeClient(s.url), "/turn", { signal: controller.signal })) {
      seen.push(event.event);
      controller.abort();
    }
    expect(seen).toEqual(["token"]);
  });
});
