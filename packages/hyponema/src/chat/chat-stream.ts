import { StreamEventError, StreamIncompleteError } from "@vendor-sdks/runtime";
import { ChatStreamIncompleteError, ChatTurnError } from "./chat-errors.js";
import type { ChatEvent } from "./chat-event.js";

/**
 * A chat turn's events, with the runtime's stream failures (the spec's `x-stream-events`: `error` reports one,
 * `turn_end` ends the turn) thrown as the chat's own errors: `ChatTurnError` and `ChatStreamIncompleteError`.
 */
export async function* chatEvents(events: AsyncIterable<ChatEvent>): AsyncGenerator<ChatEvent, void, undefined> {
  try {
    yield* events;
  } catch (error) {
    throw toChatError(error);
  }
}

function toChatError(error: unknown): unknown {
  if (error instanceof StreamEventError) {
    // The documented `{detail, error_kind}`; an undocumented payload still gives a readable error.
    const data = (typeof error.event.data === "object" && error.event.data !== null ? error.event.data : {}) as Record<string, unknown>;
    const detail = typeof data.detail === "string" ? data.detail : JSON.stringify(error.event.data);
    const kind = typeof data.error_kind === "string" ? data.error_kind : "unknown";
    return new ChatTurnError(detail, kind, error.event, error.operationId);
  }
  if (error instanceof StreamIncompleteError) return new ChatStreamIncompleteError(error.message, error.operationId);
  return error;
}
