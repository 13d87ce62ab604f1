import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import {
  ApiError,
  chat,
  chatReply,
  ChatStreamIncompleteError,
  ChatTurnError,
  collectChatReply,
  createHyponemaClient,
  StreamEventError,
  StreamIncompleteError,
  TimeoutError,
  type ChatEvent,
  type HyponemaClient,
} from "../../src/index.js";
import { sendJson, sseFrame, startRecordingServer, type RecordingHandler, type RecordingServer } from "../support/test-server.js";

const API_KEY = "hyp_test_0123456789abcdef";

const turnStart = { turn_id: "turn_1", model: "gpt-test" };
const toolCall = { call_id: "call_1", name: "lookup_order", arguments_partial: '{"order":' };
const toolResult = { call_id: "call_1", name: "lookup_order", arguments: { order: "A1" }, result: { status: "shipped" }, latency_ms: 35 };
const guard = { kind: "no_go_zone", action: "redirect", detail: "pricing talk", replacement: "Let me connect you with sales." };
const turnEnd = { turn_id: "turn_1", latency_ms: 842, prompt_tokens: 120, completion_tokens: 56 };

const fullTurn =
  sseFrame("turn_start", turnStart) +
  sseFrame("token", { text: "Your order " }) +
  sseFrame("tool_call", toolCall) +
  sseFrame("tool_result", toolResult) +
  sseFrame("guard", guard) +
  sseFrame("token", { text: "has shipped — ✓" }) +
  sseFrame("turn_end", turnEnd);

let server: RecordingServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFor(handler: RecordingHandler, options: { streamIdleTimeoutMs?: number } = {}): Promise<HyponemaClient> {
  server = await startRecordingServer(handler);
  return createHyponemaClient({ apiKey: API_KEY, baseUrl: server.origin, retries: 0, ...options });
}

/** Iterates to the end: the event names seen, and what the iteration threw. */
async function settle(events: AsyncIterable<ChatEvent>): Promise<{ names: string[]; error: unknown }> {
  const names: string[] = [];
  try {
    for await (const e of events) names.push(e.event);
    return { names, error: undefined };
  } catch (error) {
    return { names, error };
  }
}

function streamHead(res: ServerResponse): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
}

async function collect(events: AsyncIterable<ChatEvent>): Promise<ChatEvent[]> {
  const out: ChatEvent[] = [];
  for await (const e of events) out.push(e);
  return out;
}

describe("chat(): SSE events against a local server", () => {
  it("posts the text with the bearer key and yields every event type in order with parsed data", async () => {
    const client = await clientFor((_req, res) => {
      streamHead(res);
      res.end(fullTurn);
    });
    const events = await collect(chat(client, "sess_42", "Where is my order?"));

    expect(events.map((e) => e.event)).toEqual(["turn_start", "token", "tool_call", "tool_result", "guard", "token", "turn_end"]);
    expect(events[2]).toMatchObject({ event: "tool_call", data: toolCall });
    expect(events[3]).toMatchObject({ event: "tool_result", data: toolResult });
    expect(events[4]).toMatchObject({ event: "guard", data: guard });
    const request = server!.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.url.pathname).toBe("/sessions/sess_42/messages");
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(JSON.parse(request.rawBody.toString("utf8"))).toEqual({ text: "Where is my order?" });
  });

  it("reassembles frames and multi-byte characters split across tiny chunks", async () => {
    const client = await clientFor(async (_req, res) => {
      streamHead(res);
      const bytes = Buffer.from(fullTurn, "utf8");
      // 3-byte writes split frames, lines and the UTF-8 sequences of "—" and "✓".
      for (let i = 0; i < bytes.length; i += 3) {
        res.write(bytes.subarray(i, i + 3));
        if (i % 30 === 0) await new Promise((r) => setTimeout(r, 1));
      }
      res.end();
    });
    const reply = await chatReply(client, "sess_42", "Where is my order?");

    expect(reply.text).toBe("Your order has shipped — ✓");
    expect(reply.usage).toEqual({ promptTokens: 120, completionTokens: 56 });
    expect(reply).toMatchObject({ turnId: "turn_1", model: "gpt-test", latencyMs: 842 });
    expect(reply.toolResults).toEqual([toolResult]);
    expect(reply.guards).toEqual([guard]);
  });

  it("throws ChatTurnError from chat() on an error event, with its detail, kind and event; chatReply() too", async () => {
    const errorData = { detail: "LLM provider timed out", error_kind: "provider_timeout" };
    const client = await clientFor((_req, res) => {
      streamHead(res);
      res.end(sseFrame("turn_start", turnStart) + sseFrame("error", errorData));
    });
    const { names, error } = await settle(chat(client, "sess_42", "hi"));
    expect(names).toEqual(["turn_start"]);
    expect(error).toBeInstanceOf(ChatTurnError);
    expect(error).toBeInstanceOf(StreamEventError);
    expect(error).toMatchObject({ detail: "LLM provider timed out", errorKind: "provider_timeout", operationId: "sendChatMessage" });
    expect((error as ChatTurnError).event).toEqual({ event: "error", data: errorData });

    const failure = await chatReply(client, "sess_42", "hi").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChatTurnError);
    expect(failure).toMatchObject({ detail: "LLM provider timed out", errorKind: "provider_timeout" });
  });

  it("throws ChatStreamIncompleteError from chat() and chatReply() when the stream closes before turn_end", async () => {
    const client = await clientFor((_req, res) => {
      streamHead(res);
      res.end(sseFrame("turn_start", turnStart) + sseFrame("token", { text: "Hal" }));
    });
    const { names, error } = await settle(chat(client, "sess_42", "hi"));
    expect(names).toEqual(["turn_start", "token"]);
    expect(error).toBeInstanceOf(ChatStreamIncompleteError);
    expect(error).toBeInstanceOf(StreamIncompleteError);
    await expect(chatReply(client, "sess_42", "hi")).rejects.toBeInstanceOf(ChatStreamIncompleteError);
  });

  it("ends after turn_end even when the server keeps the connection open", async () => {
    const client = await clientFor((_req, res) => {
      streamHead(res);
      res.write(fullTurn); // …and never ends the response
    });
    const { names, error } = await settle(chat(client, "sess_42", "hi"));
    expect(error).toBeUndefined();
    expect(names.at(-1)).toBe("turn_end");
    await expect(server!.requests[0]!.closed).resolves.toBeUndefined();
  });

  it("fails with a TimeoutError when the turn stalls for streamIdleTimeoutMs, per call or per client", async () => {
    const stall = (_req: unknown, res: ServerResponse) => {
      streamHead(res);
      res.write(sseFrame("turn_start", turnStart)); // …then silence
    };
    const perCall = await settle(chat(await clientFor(stall), "sess_42", "hi", { streamIdleTimeoutMs: 300 }));
    expect(perCall.names).toEqual(["turn_start"]);
    expect(perCall.error).toBeInstanceOf(TimeoutError);
    await server?.close();

    const perClient = await clientFor(stall, { streamIdleTimeoutMs: 300 });
    await expect(chatReply(perClient, "sess_42", "hi")).rejects.toBeInstanceOf(TimeoutError);
  });

  it("stops cleanly when the caller aborts mid-stream and closes the connection", async () => {
    const client = await clientFor((_req, res) => {
      streamHead(res);
      res.write(sseFrame("turn_start", turnStart) + sseFrame("token", { text: "Hello" }));
      // Never ends: only the abort can finish this turn.
    });
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of chat(client, "sess_42", "hi", { signal: controller.signal })) {
      seen.push(event.event);
      if (event.event === "token") controller.abort();
    }
    expect(seen).toEqual(["turn_start", "token"]);
    await expect(server!.requests[0]!.closed).resolves.toBeUndefined();
  });

  it("throws an ApiError for an HTTP error before any event", async () => {
    const client = await clientFor((_req, res) => sendJson(res, 404, { detail: "session not found" }));
    const failure = await collect(chat(client, "missing", "hi")).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 404 });
    expect(String((failure as Error).message)).not.toContain(API_KEY);
  });
});

describe("collectChatReply() on events from anywhere", () => {
  async function* events(...list: ChatEvent[]): AsyncGenerator<ChatEvent> {
    yield* list;
  }

  it("throws ChatTurnError for an error event, carrying it", async () => {
    const error: ChatEvent = { event: "error", data: { detail: "quota", error_kind: "billing" } };
    const failure = await collectChatReply(events({ event: "turn_start", data: turnStart }, error)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ChatTurnError);
    expect(failure).toMatchObject({ detail: "quota", errorKind: "billing", event: error });
  });

  it("throws ChatStreamIncompleteError when the events end before turn_end", async () => {
    await expect(collectChatReply(events({ event: "token", data: { text: "Hal" } }))).rejects.toBeInstanceOf(ChatStreamIncompleteError);
  });
});
