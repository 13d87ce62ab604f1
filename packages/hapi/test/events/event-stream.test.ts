import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createHapiClient, events as hubEvents, HapiApiError, type HapiEvent, type HapiEventsOptions } from "../../src/index.js";
import { FakeAuth } from "../support/fake-auth.js";
import { startHubServer, type HubServer, type RecordedRequest } from "../support/hub-server.js";

const ACCESS_TOKEN = "s3cret-access-token-value";
const SID = "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90";

let server: HubServer | undefined;
afterEach(async () => {
  vi.unstubAllGlobals();
  await server?.close();
  server = undefined;
});

type Connection = (req: RecordedRequest, res: ServerResponse, index: number) => void;

/** A hub whose `/api/events` runs `connections[i]` for the i-th connection (the last one repeats). */
async function eventsHub(connections: Connection[]) {
  const auth = new FakeAuth(ACCESS_TOKEN);
  let count = 0;
  server = await startHubServer((req, res) => {
    const early = auth.exchange(req) ?? auth.reject(req, { allowQuery: true });
    if (early) return early;
    if (req.url.pathname !== "/api/events") return { status: 404, text: "404 Not Found" };
    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const index = count++;
    (connections[index] ?? connections.at(-1)!)(req, res, index);
  });
  return { server, auth };
}
const frame = (data: unknown, id?: string) => `data: ${JSON.stringify(data)}\n${id ? `id: ${id}\n` : ""}\n`;
const connected = (resume: "ok" | "gap") => frame({ type: "connection-changed", data: { status: "connected", subscriptionId: "sub-1", resume } });
const removed = (n: number) => ({ type: "session-removed", namespace: "default", sessionId: `session-${n}` });

/** Collects events until `stopAfter` of them arrived, then aborts the stream. */
async function collect(client: ReturnType<typeof createHapiClient>, stopAfter: number, options: HapiEventsOptions = {}) {
  const controller = new AbortController();
  const events: HapiEvent[] = [];
  for await (const event of hubEvents(client, { reconnectDelayMs: 10, ...options, signal: controller.signal })) {
    events.push(event);
    if (events.length === stopAfter) controller.abort();
  }
  return events;
}

describe("events()", () => {
  it("from Node, sends the JWT in the Authorization header, never in the URL, and yields typed events with their ids", async () => {
    const { server: s, auth } = await eventsHub([
      (_req, res) => {
        res.write(connected("gap"));
        res.write(frame(removed(1), "b96be23d:1:5de4ca6c"));
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    const events = await collect(client, 2);

    expect(events).toEqual([
      { data: { type: "connection-changed", data: { status: "connected", subscriptionId: "sub-1", resume: "gap" } } },
      { data: removed(1), id: "b96be23d:1:5de4ca6c" },
    ]);
    const stream = s.requests.find((r) => r.url.pathname === "/api/events")!;
    expect(stream.headers.authorization).toBe(`Bearer ${auth.issued[0]}`);
    expect(stream.url.searchParams.has("token")).toBe(false);
    expect(stream.url.href).not.toContain(auth.issued[0]);
    expect(stream.url.searchParams.get("all")).toBe("true");
  });

  it("in a browser, sends the JWT as ?token= (the EventSource form) and no Authorization header", async () => {
    const { server: s, auth } = await eventsHub([(_req, res) => res.write(connected("ok"))]);
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl, dangerouslyAllowBrowser: true });

    await collect(client, 1);

    const stream = s.requests.find((r) => r.url.pathname === "/api/events")!;
    expect(stream.url.searchParams.get("token")).toBe(auth.issued[0]);
    expect(stream.headers.authorization).toBeUndefined();
  });

  it("reconnects after a dropped connection and resumes with Last-Event-ID", async () => {
    const { server: s } = await eventsHub([
      (_req, res) => {
        res.write(connected("gap"));
        res.write(frame(removed(1), "e:1"));
        res.write(frame(removed(2), "e:2"));
        setTimeout(() => res.destroy(), 20); // the connection drops mid-stream
      },
      (req, res) => {
        // The hub replays only when the client says where it stopped.
        const resumed = req.headers["last-event-id"] === "e:2";
        res.write(connected(resumed ? "ok" : "gap"));
        if (resumed) res.write(frame(removed(3), "e:3"));
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    const events = await collect(client, 5);

    expect(events.map((e) => e.id ?? e.data.type)).toEqual(["connection-changed", "e:1", "e:2", "connection-changed", "e:3"]);
    expect(events[3]!.data).toMatchObject({ data: { resume: "ok" } });
    const streams = s.requests.filter((r) => r.url.pathname === "/api/events");
    expect(streams.map((r) => r.headers["last-event-id"])).toEqual([undefined, "e:2"]);
  });

  it("resumes from a lastEventId the caller kept", async () => {
    const { server: s } = await eventsHub([(_req, res) => res.write(connected("ok"))]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    await collect(client, 1, { lastEventId: "b96be23d:6:5de4ca6c", sessionId: SID });
    const stream = s.requests.find((r) => r.url.pathname === "/api/events")!;
    expect(stream.headers["last-event-id"]).toBe("b96be23d:6:5de4ca6c");
    expect(stream.url.searchParams.get("sessionId")).toBe(SID);
    expect(stream.url.searchParams.has("all")).toBe(false);
  });

  it("hides heartbeats unless asked, and reconnects a connection that went silent", async () => {
    const { server: s } = await eventsHub([
      (_req, res) => {
        res.write(connected("gap"));
        res.write(frame({ type: "heartbeat", namespace: "default", data: { timestamp: 1787391000000 } }));
        // …then nothing at all: no events, no heartbeats.
      },
      (_req, res) => {
        res.write(connected("gap"));
        res.write(frame(removed(1), "e:1"));
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });

    const events = await collect(client, 3, { heartbeatTimeoutMs: 300 });

    expect(events.map((e) => e.data.type)).toEqual(["connection-changed", "connection-changed", "session-removed"]);
    expect(s.requests.filter((r) => r.url.pathname === "/api/events")).toHaveLength(2);
  });

  it("reconnects after the client's streamIdleTimeoutMs without a byte, resuming where it stopped", async () => {
    const { server: s } = await eventsHub([
      (_req, res) => {
        res.write(connected("gap"));
        res.write(frame(removed(1), "e:1"));
        // …then silence on an open connection.
      },
      (req, res) => {
        res.write(connected(req.headers["last-event-id"] === "e:1" ? "ok" : "gap"));
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl, streamIdleTimeoutMs: 300 });

    const events = await collect(client, 3);

    expect(events.map((e) => e.id ?? e.data.type)).toEqual(["connection-changed", "e:1", "connection-changed"]);
    expect(events[2]!.data).toMatchObject({ data: { resume: "ok" } });
    expect(s.requests.filter((r) => r.url.pathname === "/api/events").map((r) => r.headers["last-event-id"])).toEqual([undefined, "e:1"]);
  });

  it("takes streamIdleTimeoutMs per call over the client's", async () => {
    const { server: s } = await eventsHub([
      async (_req, res) => {
        res.write(connected("gap"));
        await new Promise((resolve) => setTimeout(resolve, 250));
        res.write(frame(removed(1), "e:1"));
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl, streamIdleTimeoutMs: 50 });

    const events = await collect(client, 2, { streamIdleTimeoutMs: 2000 });

    expect(events.map((e) => e.id ?? e.data.type)).toEqual(["connection-changed", "e:1"]);
    expect(s.requests.filter((r) => r.url.pathname === "/api/events")).toHaveLength(1);
  });

  it("yields heartbeats when asked", async () => {
    const { server: s } = await eventsHub([(_req, res) => res.write(frame({ type: "heartbeat", data: { timestamp: 1787391000000 } }))]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    const events = await collect(client, 1, { heartbeats: true });
    expect(events[0]!.data).toEqual({ type: "heartbeat", data: { timestamp: 1787391000000 } });
  });

  it("parses a frame split across writes", async () => {
    const text = frame(removed(7), "e:7");
    const { server: s } = await eventsHub([
      (_req, res) => {
        res.write(text.slice(0, 25));
        setTimeout(() => res.write(text.slice(25)), 20);
      },
    ]);
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: s.baseUrl });
    expect(await collect(client, 1)).toEqual([{ data: removed(7), id: "e:7" }]);
  });

  it("throws the hub's 404 for an unknown session instead of reconnecting", async () => {
    const auth = new FakeAuth(ACCESS_TOKEN);
    server = await startHubServer((req) => auth.exchange(req) ?? { status: 404, json: { error: "Session not found" } });
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: server.baseUrl });

    const error = await collect(client, 1, { sessionId: "nope" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(HapiApiError);
    expect((error as HapiApiError).status).toBe(404);
    expect(server.requests.filter((r) => r.url.pathname === "/api/events")).toHaveLength(1);
  });

  it("keeps reconnecting through 503 Not connected", async () => {
    const auth = new FakeAuth(ACCESS_TOKEN);
    let attempts = 0;
    server = await startHubServer((req, res) => {
      const early = auth.exchange(req);
      if (early) return early;
      if (++attempts < 3) return { status: 503, json: { error: "Not connected" } };
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(connected("gap"));
    });
    const client = createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: server.baseUrl });
    const events = await collect(client, 1);
    expect(events[0]!.data.type).toBe("connection-changed");
    expect(attempts).toBe(3);
  });
});
