import { afterEach, describe, expect, it, vi } from "vitest";
import type { Change } from "../../src/engine/capabilities.js";
import { createChangeFeed } from "../../src/engine/change-feed.js";
import type { MatchedRoute, MockRequest, MockResponse } from "../../src/engine/exchange.js";
import { createMockEngine } from "../../src/engine/mock-engine.js";
import { createStreams } from "../../src/streams/stream-capability.js";
import { bundledSpec, eventValidator, parseEvents, type ParsedEvent } from "../streams/stream-support.js";

// HAPI's GET /api/events, played from its x-mock-stream.live: open until the client leaves, first frame
// connection-changed, a heartbeat every 30 s, the events writes cause, resume from Last-Event-ID.
const hapi = bundledSpec("hapi");
const validFrame = eventValidator(hapi, "get", "/api/events");
const paths = hapi.paths as Record<string, Record<string, Record<string, unknown>>>;
const SESSION = ((paths["/api/sessions/{sessionId}"]?.get?.responses as Record<string, { content: Record<string, { example: { session: { id: string } } }> }>)["200"]?.content["application/json"]?.example.session) as { id: string };

const request = (headers: Record<string, string> = {}, query: Record<string, string> = {}, signal?: AbortSignal): MockRequest => ({
  method: "GET",
  path: "/api/events",
  query,
  headers: { authorization: "Bearer jwt-a", ...headers },
  body: undefined,
  ...(signal ? { signal } : {}),
});

/** The streams capability beside a feed the test publishes to, as the state capability will. */
function liveStreams() {
  const feed = createChangeFeed();
  const streams = createStreams({ document: hapi, feed, streamDelayMs: 0, errorResponse: (status, message) => ({ status, headers: {}, body: message }) });
  const route: MatchedRoute = { template: "/api/events", method: "get", operationId: "streamEvents", params: {}, operation: paths["/api/events"]?.get as Record<string, unknown> };
  const answer: MockResponse = { status: 200, headers: { "content-type": "text/event-stream" }, body: "" };
  const connect = async (credential: string, cursor: { header?: string; query?: string } = {}) => {
    const gone = new AbortController();
    const headers: Record<string, string> = cursor.header ? { "last-event-id": cursor.header } : {};
    const query: Record<string, string> = cursor.query ? { lastEventId: cursor.query } : {};
    const response = await streams.respond({ request: request(headers, query, gone.signal), preferences: {}, credential, route }, answer);
    const iterator = (response.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    return {
      /** Events written so far (each `next()` holds what was waiting: the delay is 0). */
      async read(): Promise<ParsedEvent[]> {
        const next = await iterator.next();
        return next.done ? [] : parseEvents(next.value);
      },
      iterator,
      leave: () => gone.abort(),
    };
  };
  const publish = (credential: string, change: Omit<Change, "credential" | "route"> & { route?: Partial<MatchedRoute> }): void =>
    feed.publish({ credential, ...change, route: { template: `${change.collection}/{sessionId}`, method: "patch", operationId: undefined, params: {}, operation: {}, ...change.route } });
  return { connect, publish };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("HAPI's live event stream through the engine", () => {
  const engine = createMockEngine({ document: hapi });

  it("answers with connection-changed first and stays open after it", async () => {
    const gone = new AbortController();
    const answer = await engine.handle(request({ prefer: "stream-delay=0" }, {}, gone.signal));
    expect(answer.status).toBe(200);
    const iterator = (answer.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    const [first] = parseEvents(((await iterator.next()).value as string) ?? "");
    expect(first?.data).toMatchObject({ type: "connection-changed", data: { status: "connected", resume: "gap" } });
    expect(first?.id).toBeUndefined();
    expect(validFrame(first)).toEqual([]);
    const open = await Promise.race([iterator.next().then(() => "ended"), new Promise((resolve) => setTimeout(resolve, 200, "open"))]);
    expect(open).toBe("open");
    gone.abort();
  });

  it("sends a heartbeat every 30 s (the spec's interval), valid against the frame schema (fake timers)", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const gone = new AbortController();
    const answer = await engine.handle(request({ prefer: "stream-delay=0" }, {}, gone.signal));
    const iterator = (answer.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    await iterator.next();
    let next: IteratorResult<string> | undefined;
    void iterator.next().then((r) => (next = r));
    await vi.advanceTimersByTimeAsync(29_999);
    expect(next).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    const [heartbeat] = parseEvents((next as IteratorResult<string>).value as string);
    expect(heartbeat?.data).toMatchObject({ type: "heartbeat", data: { timestamp: expect.any(Number) } });
    expect(validFrame(heartbeat)).toEqual([]);
    expect(validFrame({ data: { type: "heartbeat", data: {} } }), "the validator rejects a heartbeat without timestamp").not.toEqual([]);
    gone.abort();
  });

  it("ends, and stops its heartbeat timer, as soon as the client leaves", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const gone = new AbortController();
    const answer = await engine.handle(request({ prefer: "stream-delay=0" }, {}, gone.signal));
    const iterator = (answer.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    expect(vi.getTimerCount()).toBe(1);
    gone.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(vi.getTimerCount()).toBe(0);
  });

  it("drops the connection after n frames with Prefer: stream-drop-after, and refuses stream-error-after (HAPI documents no error event)", async () => {
    const dropped = await engine.handle(request({ prefer: "stream-drop-after=1, stream-delay=0" }));
    const iterator = (dropped.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    expect(parseEvents(((await iterator.next()).value as string) ?? "")).toHaveLength(1);
    await expect(iterator.next()).rejects.toThrow("stream-drop-after=1");
    const refused = await engine.handle(request({ prefer: "stream-error-after=1" }));
    expect(refused.status).toBe(400);
    expect(refused.body).toContain("GET /api/events has no error event the mock can send");
  });
});

describe("HAPI's live event stream and the change feed", () => {
  it("turns a session created, updated and deleted through the mock into session-added/-updated/-removed frames with ids, valid against the schema", async () => {
    const { connect, publish } = liveStreams();
    const client = await connect("jwt-a");
    await client.read();
    publish("jwt-a", { kind: "created", collection: "/api/sessions", id: SESSION.id, value: SESSION });
    publish("jwt-a", { kind: "updated", collection: "/api/sessions", id: SESSION.id, value: { ...SESSION, active: false } });
    publish("jwt-a", { kind: "deleted", collection: "/api/sessions", id: SESSION.id, value: SESSION });
    const frames = await client.read();
    expect(frames.map((f) => (f.data as { type: string }).type)).toEqual(["session-added", "session-updated", "session-removed"]);
    expect(frames[0]?.data).toMatchObject({ sessionId: SESSION.id, data: SESSION });
    for (const frame of frames) {
      expect(frame.id).toMatch(/^[0-9a-f]{8}:\d+:[0-9a-f]{8}$/);
      expect(validFrame(frame), JSON.stringify(frame)).toEqual([]);
    }
    expect(new Set(frames.map((f) => f.id)).size).toBe(3);
    client.leave();
  });

  it("sends a credential's events only to that credential's streams, and nothing for a write no rule names", async () => {
    const { connect, publish } = liveStreams();
    const a = await connect("jwt-a");
    await a.read();
    publish("jwt-b", { kind: "created", collection: "/api/sessions", id: SESSION.id, value: SESSION });
    publish("jwt-a", { kind: "created", collection: "/api/push/subscribe", id: "x", value: {} });
    publish("jwt-a", { kind: "deleted", collection: "/api/machines", id: "machine-devbox-1", value: {} });
    const frames = await a.read();
    expect(frames.map((f) => f.data)).toEqual([{ type: "machine-updated", machineId: "machine-devbox-1", data: null }]);
    a.leave();
  });

  it("resumes from Last-Event-ID (header, or the lastEventId query): resume ok, then the frames after it", async () => {
    const { connect, publish } = liveStreams();
    const first = await connect("jwt-a");
    await first.read();
    for (const id of ["s1", "s2", "s3"]) publish("jwt-a", { kind: "created", collection: "/api/sessions", id, value: { ...SESSION, id } });
    const seen = await first.read();
    first.leave();
    publish("jwt-a", { kind: "deleted", collection: "/api/sessions", id: "s1", value: SESSION });

    const byHeader = await connect("jwt-a", { header: seen[0]?.id as string });
    const resumed = await byHeader.read();
    expect(resumed[0]?.data).toMatchObject({ type: "connection-changed", data: { resume: "ok" } });
    expect(resumed.slice(1).map((f) => f.id)).toEqual([seen[1]?.id, seen[2]?.id, expect.any(String)]);
    expect(resumed.at(-1)?.data).toEqual({ type: "session-removed", sessionId: "s1" });
    byHeader.leave();

    const byQuery = await connect("jwt-a", { query: seen[2]?.id as string });
    expect((await byQuery.read()).map((f) => (f.data as { type: string }).type)).toEqual(["connection-changed", "session-removed"]);
    byQuery.leave();
  });

  it("answers resume gap, replaying nothing, for an unknown cursor, an evicted one and no cursor at all", async () => {
    const { connect, publish } = liveStreams();
    const first = await connect("jwt-a");
    await first.read();
    publish("jwt-a", { kind: "created", collection: "/api/sessions", id: "s0", value: SESSION });
    const [oldest] = await first.read();
    first.leave();
    for (let i = 1; i <= 256; i++) publish("jwt-a", { kind: "updated", collection: "/api/sessions", id: "s0", value: SESSION });
    for (const cursor of [{ header: "deadbeef:1:deadbeef" }, { header: oldest?.id as string }, {}]) {
      const client = await connect("jwt-a", cursor);
      const frames = await client.read();
      expect(frames, JSON.stringify(cursor)).toHaveLength(1);
      expect(frames[0]?.data).toMatchObject({ type: "connection-changed", data: { resume: "gap" } });
      client.leave();
    }
  });
});
