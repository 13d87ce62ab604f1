import { stream, type CallOptions, type StreamOptions } from "@vendor-sdks/runtime";
import type { HyponemaClient } from "../client.js";
import type { ChatEvent } from "./chat-event.js";
import { chatEvents } from "./chat-stream.js";
import { collectChatReply, type ChatReply } from "./collect-reply.js";

/** Options of `chat()` and `chatReply()`: the call options plus the stream's `streamIdleTimeoutMs`. */
export type ChatOptions = CallOptions & StreamOptions;

/**
 * Send one message to a session and stream the assistant's turn (`POST /sessions/{session_id}/messages`).
 * Yields typed events (`turn_start`, `token`, `tool_call`, `tool_result`, `guard`, `turn_end`) and ends after
 * `turn_end`. Throws `ChatTurnError` on an `error` event, `ChatStreamIncompleteError` when the stream closes
 * before `turn_end`, and a `TimeoutError` after `streamIdleTimeoutMs` without a byte. Aborting `options.signal`
 * ends the iteration. Uses the workspace key: call it from a server.
 */
export function chat(client: HyponemaClient, sessionId: string, text: string, options: ChatOptions = {}): AsyncIterable<ChatEvent> {
  return chatEvents(stream(client, "/sessions/{session_id}/messages", { params: { path: { session_id: sessionId } }, body: { text }, ...options }));
}

/** `chat()` collected into the reply text and token usage; throws as `chat()` does. */
export function chatReply(client: HyponemaClient, sessionId: string, text: string, options?: ChatOptions): Promise<ChatReply> {
  return collectChatReply(chat(client, sessionId, text, options));
}
