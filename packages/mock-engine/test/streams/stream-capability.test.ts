import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockEngine, type MockEngine } from "../../src/engine/mock-engine.js";
import type { MockRequest } from "../../src/engine/exchange.js";
import { answerFetch } from "../../src/fetch/fetch-handler.js";
import { StreamDroppedError } from "../../src/streams/paced-stream.js";
import { bundledSpec, collect, eventValidator, parseEvents, type ParsedEvent } from "./stream-support.js";

// The engine on the real bundled specs: Hyponema's chat turn is played from its x-mock-stream, Hania's undocumented
// streams are sent as documented, through the same pacing.
const CHAT = "/sessions/{session_id}/messages";
const hyponema = bundledSpec("hyponema");
const validChatEvent = eventValidator(hyponema, "post", CHAT);
const engines = new Map<string, MockEngine>();
const engine = (vendor: "hyponema" | "hania", streamDelayMs?: number): MockEngine => {
  const key = `${vendor}:${streamDelayMs}`;
  let made = engines.get(key);
  if (!made) engines.set(key, (made = createMockEngine({ document: vendor === "hyponema" ? hyponema : bundledSpec("hania"), ...(streamDelayMs === undefined ? {} : { streamDelayMs }) })));
  return made;
};

const MESSAGE = "Can you summarize our last conversation?";
const chat = (prefer?: string, text = MESSAGE, signal?: AbortSignal): MockRequest => ({
  method: "POST",
  path: "/sessions/sess_1/messages",
  query: {},
  headers: { authorization: "Bearer hyp_test", "content-type": "application/json", ...(prefer ? { prefer } : {}) },
  body: { text },
  ...(signal ? { signal } : {}),
});
const eventsOf = (chunks: string[]): ParsedEvent[] => parseEvents(chunks.join(""));

afterEach(() => {
  vi.useRealTimers();
});

describe("Hyponema's chat stream (x-mock-stream)", () => {
  it("plays turn_start, then at least five token events, then turn_end, each valid against the spec's ChatEvent schema", async () => {
    const answer = await engine("hyponema").handle(chat("stream-delay=0"));
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toMatch(/^text\/event-stream/);
    const events = eventsOf(await collect(answer.stream));
    const names = events.map((e) => e.event);
    expect(names[0]).toBe("turn_start");
    expect(names.at(-1)).toBe("turn_end");
    expect(names.slice(1, -1).every((name) => name === "token")).toBe(true);
    expect(names.filter((name) => name === "token").length).toBeGreaterThanOrEqual(5);
    for (const event of events) expect(validChatEvent(event), JSON.stringify(event)).toEqual([]);
    expect(validChatEvent({ event: "token", data: {} }), "the validator rejects a token without text").not.toEqual([]);
  });

  it("sends token texts that concatenate into a readable reply quoting the user's message, never a placeholder", async () => {
    const answer = await engine("hyponema").handle(chat("stream-delay=0", "What should we do next?"));
    const events = eventsOf(await collect(answer.stream));
    const reply = events.filter((e) => e.event === "token").map((e) => (e.data as { text: string }).text).join("");
    expect(reply).toContain("“What should we do next?”");
    expect(reply).toMatch(/^[A-Z].*[.!?]$/);
    expect(reply).not.toContain("...");
    expect(JSON.stringify(events)).not.toContain('"..."');
  });

  it("mints one turn id per turn: the same in turn_start and turn_end, another for the next turn", async () => {
    const turnIds = async (): Promise<unknown[]> => {
      const events = eventsOf(await collect((await engine("hyponema").handle(chat("stream-delay=0"))).stream));
      return events.filter((e) => e.event !== "token").map((e) => (e.data as { turn_id: unknown }).turn_id);
    };
    const [start, end] = await turnIds();
    const [next] = await turnIds();
    expect(typeof start).toBe("string");
    expect(end).toBe(start);
    expect(next).not.toBe(start);
  });

  it("sends one event per write and the next only once the default stream delay has passed (fake timers)", async () => {
    const answer = await engine("hyponema").handle(chat());
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const iterator = (answer.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(parseEvents(first.value as string).map((e) => e.event)).toEqual(["turn_start"]);
    let second: IteratorResult<string> | undefined;
    void iterator.next().then((r) => (second = r));
    await vi.advanceTimersByTimeAsync(49);
    expect(second).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(parseEvents((second as IteratorResult<string>).value as string).map((e) => e.event)).toEqual(["token"]);
    await iterator.return?.();
  });

  it("counts every event as its own chunk at the default pace, and honours the engine's streamDelayMs option", async () => {
    const chunks = await collect((await engine("hyponema", 1).handle(chat())).stream);
    expect(chunks.length).toBeGreaterThanOrEqual(7);
    for (const chunk of chunks) expect(parseEvents(chunk)).toHaveLength(1);
  });

  it("sends the whole turn in one write with Prefer: stream-delay=0", async () => {
    const chunks = await collect((await engine("hyponema").handle(chat("stream-delay=0"))).stream);
    expect(chunks).toHaveLength(1);
    expect(parseEvents(chunks[0] as string).length).toBeGreaterThanOrEqual(7);
  });

  it("ends with the documented error event after n events with Prefer: stream-error-after=n, its data valid against the error branch", async () => {
    const events = eventsOf(await collect((await engine("hyponema").handle(chat("stream-error-after=3, stream-delay=0"))).stream));
    expect(events.map((e) => e.event)).toEqual(["turn_start", "token", "token", "error"]);
    const error = events[3] as ParsedEvent;
    expect(validChatEvent(error)).toEqual([]);
    expect((error.data as { detail: string }).detail).toContain("stream-error-after=3");
  });

  it("lets a turn end normally when stream-error-after reaches past its last event", async () => {
    const events = eventsOf(await collect((await engine("hyponema").handle(chat("stream-error-after=1000, stream-delay=0"))).stream));
    expect(events.at(-1)?.event).toBe("turn_end");
    expect(events.some((e) => e.event === "error")).toBe(false);
  });

  it("drops the connection after n events with Prefer: stream-drop-after=n (the stream throws, no terminal event)", async () => {
    const answer = await engine("hyponema").handle(chat("stream-drop-after=2, stream-delay=1"));
    const seen: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of answer.stream as AsyncIterable<string>) seen.push(chunk);
      })(),
    ).rejects.toBeInstanceOf(StreamDroppedError);
    expect(eventsOf(seen).map((e) => e.event)).toEqual(["turn_start", "token"]);
  });

  it("errors the Fetch body (what MSW hands the client) when the stream drops", async () => {
    const request = new Request("https://api.hyponema.ai/sessions/sess_1/messages", {
      method: "POST",
      headers: { authorization: "Bearer hyp_test", "content-type": "application/json", prefer: "stream-drop-after=1, stream-delay=0" },
      body: JSON.stringify({ text: MESSAGE }),
    });
    const response = await answerFetch(engine("hyponema"), request);
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow(/stream-drop-after=1/);
  });

  it("stops writing as soon as the request's signal aborts", async () => {
    const gone = new AbortController();
    const answer = await engine("hyponema").handle(chat("stream-delay=1000", MESSAGE, gone.signal));
    const iterator = (answer.stream as AsyncIterable<string>)[Symbol.asyncIterator]();
    await iterator.next();
    const pending = iterator.next();
    gone.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("serves a documented example asked for by name as it is documented, frame by frame", async () => {
    const chunks = await collect((await engine("hyponema", 1).handle(chat("example=documentedStream"))).stream);
    expect(chunks).toHaveLength(3);
    expect(parseEvents(chunks.join("")).map((e) => e.event)).toEqual(["turn_start", "token", "turn_end"]);
  });
});

describe("Hania's undocumented streams", () => {
  const hania = bundledSpec("hania");
  const send = (prefer?: string): MockRequest => {
    // the documented request body of POST /chat/send (the stream takes the same body)
    const body = ((hania.components as { examples: Record<string, { value: unknown }> }).examples.ChatSendRequest as { value: unknown }).value;
    return { method: "POST", path: "/chat/send-stream", query: {}, headers: { authorization: "Bearer hania_sk_test", "content-type": "application/json", ...(prefer ? { prefer } : {}) }, body };
  };

  it("sends the documented example (an SSE comment) through the same stream path, unchanged", async () => {
    const answer = await engine("hania").handle(send());
    expect(answer.status).toBe(200);
    expect(answer.body).toBeUndefined();
    expect(await collect(answer.stream)).toEqual([": events not documented by the vendor\n\n"]);
  });

  it("refuses Prefer: stream-error-after with a 400 saying the stream documents no error event", async () => {
    const answer = await engine("hania").handle(send("stream-error-after=1"));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain("POST /chat/send-stream has no error event the mock can send");
  });
});
