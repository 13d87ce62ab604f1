import { describe, expectTypeOf, it } from "vitest";
import type { ChatEvent, ChatEventOf, KnownWebhookEventType, SessionCreateRequest, WebhookDelivery, chat } from "../../src/index.js";

// Checked by `tsc` (pnpm typecheck): these assertions fail the typecheck when the types drift from the spec.
describe("types follow the spec", () => {
  it("chat() yields the seven documented events, narrowed by name", () => {
    expectTypeOf<ReturnType<typeof chat>>().toEqualTypeOf<AsyncIterable<ChatEvent>>();
    expectTypeOf<ChatEvent["event"]>().toEqualTypeOf<"turn_start" | "token" | "tool_call" | "tool_result" | "guard" | "turn_end" | "error">();
    expectTypeOf<ChatEventOf<"turn_end">["data"]["prompt_tokens"]>().toEqualTypeOf<number>();
    expectTypeOf<ChatEventOf<"guard">["data"]["action"]>().toEqualTypeOf<"block" | "redirect" | "escalate">();
    expectTypeOf<ChatEventOf<"tool_call">["data"]["arguments_partial"]>().toEqualTypeOf<string>();
  });

  it("session creation needs agent_id and user_id; modality is the documented enum", () => {
    expectTypeOf<SessionCreateRequest["agent_id"]>().toEqualTypeOf<string>();
    expectTypeOf<SessionCreateRequest["user_id"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<SessionCreateRequest["modality"]>>().toEqualTypeOf<"voice" | "voice+text" | "text">();
  });

  it("webhook event types are the spec's documented ones, open to new strings", () => {
    expectTypeOf<KnownWebhookEventType>().toEqualTypeOf<"post_call_transcription" | "escalation.triggered" | "dsar.ready" | "fatigue.alert">();
    expectTypeOf<WebhookDelivery["body"]["event_id"]>().toEqualTypeOf<string>();
    expectTypeOf<"some.future_event">().toMatchTypeOf<WebhookDelivery["eventType"]>();
  });
});
