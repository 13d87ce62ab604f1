import type { components } from "../generated/schema.js";

/** One event of a streamed chat turn, typed from the spec: `{ event, data }` with `data` already parsed. */
export type ChatEvent = components["schemas"]["ChatEvent"];

export type ChatEventName = ChatEvent["event"];

/** The event with a given name, e.g. `ChatEventOf<"token">`. */
export type ChatEventOf<N extends ChatEventName> = Extract<ChatEvent, { event: N }>;

/** Usage reported by `turn_end`. */
export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}
