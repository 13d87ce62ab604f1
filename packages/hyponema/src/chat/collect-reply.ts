import { ChatStreamIncompleteError, ChatTurnError } from "./chat-errors.js";
import type { ChatEvent, ChatEventOf, TokenUsage } from "./chat-event.js";

/** A finished assistant turn, assembled from its events. */
export interface ChatReply {
  /** Every `token` chunk, concatenated in order. */
  readonly text: string;
  readonly turnId: string;
  /** The resolved model from `turn_start`, if that event arrived. */
  readonly model: string | undefined;
  readonly usage: TokenUsage;
  readonly latencyMs: number;
  /** Tools that ran during the turn (`tool_result` payloads). */
  readonly toolResults: readonly ChatEventOf<"tool_result">["data"][];
  /** Guards that fired during the turn. A `redirect` guard's `replacement` is part of what the user sees. */
  readonly guards: readonly ChatEventOf<"guard">["data"][];
}

/**
 * Consume a chat stream and return the reply text and token usage. Throws `ChatTurnError` on an `error` event
 * and `ChatStreamIncompleteError` if the stream ends before `turn_end`. Events the spec does not know are skipped.
 */
export async function collectChatReply(events: AsyncIterable<ChatEvent>): Promise<ChatReply> {
  let text = "";
  let model: string | undefined;
  const toolResults: ChatEventOf<"tool_result">["data"][] = [];
  const guards: ChatEventOf<"guard">["data"][] = [];
  for await (const event of events) {
    switch (event.event) {
      case "turn_start":
        model = event.data.model;
        break;
      case "token":
        text += event.data.text;
        break;
      case "tool_result":
        toolResults.push(event.data);
        break;
      case "guard":
        guards.push(event.data);
        break;
      case "error": // chat() throws it itself; an iterable from elsewhere may still yield it
        throw new ChatTurnError(event.data.detail, event.data.error_kind, event);
      case "turn_end":
        return {
          text,
          turnId: event.data.turn_id,
          model,
          usage: { promptTokens: event.data.prompt_tokens, completionTokens: event.data.completion_tokens },
          latencyMs: event.data.latency_ms,
          toolResults,
          guards,
        };
      default:
        break; // tool_call progress and any future event kinds carry nothing the reply needs
    }
  }
  throw new ChatStreamIncompleteError("The chat stream ended before turn_end.");
}
