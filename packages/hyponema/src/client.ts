import { createVendorClient, stream, type CallOptions, type StreamOptions, type VendorClient, type VendorClientOptions } from "@vendor-sdks/runtime";
import type { ChatEvent } from "./chat/chat-event.js";
import { chatEvents } from "./chat/chat-stream.js";
import { collectChatReply, type ChatReply } from "./chat/collect-reply.js";
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";
import { createHyponemaError } from "./quota/quota-exceeded-error.js";
import { toBrowserSession, type BrowserSession, type SessionCreateRequest } from "./sessions/browser-session.js";

export interface HyponemaClientOptions extends VendorClientOptions {
  /** A workspace API key (`hyp_…`), server-side only. Defaults to the `HYPONEMA_API_KEY` environment variable. */
  apiKey?: string;
}

/** Per-call options of the Hyponema flows: the runtime's call options. */
export type FlowOptions = CallOptions;

/** Options of `chat()` and `chatReply()`: the call options plus the stream's `streamIdleTimeoutMs`. */
export type ChatOptions = FlowOptions & StreamOptions;

export type HyponemaClient = VendorClient<paths, typeof operations, typeof specInfo> & {
  /**
   * Send one message to a session and stream the assistant's turn (`POST /sessions/{session_id}/messages`).
   * Yields typed events (`turn_start`, `token`, `tool_call`, `tool_result`, `guard`, `turn_end`) and ends after
   * `turn_end`. Throws `ChatTurnError` on an `error` event, `ChatStreamIncompleteError` when the stream closes
   * before `turn_end`, and a `TimeoutError` after `streamIdleTimeoutMs` without a byte. Aborting `options.signal`
   * ends the iteration. Uses the workspace key: call it from a server.
   */
  chat(sessionId: string, text: string, options?: ChatOptions): AsyncIterable<ChatEvent>;
  /** `chat()` collected into the reply text and token usage; throws as `chat()` does. */
  chatReply(sessionId: string, text: string, options?: ChatOptions): Promise<ChatReply>;
  /**
   * Create a session and return only what a browser may hold: the signed `wsUrl`/`chatUrl`/`token`, never the
   * API key. `token` is returned only here, so keep it if the client needs it.
   */
  createBrowserSession(body: SessionCreateRequest, options?: FlowOptions): Promise<BrowserSession>;
};

/**
 * A typed client for the Hyponema API: openapi-fetch's `GET`/`POST`, `unwrap`, plus the session and
 * chat flows. 402 responses throw `QuotaExceededError`.
 */
export function createHyponemaClient(options: HyponemaClientOptions = {}): HyponemaClient {
  const client = createVendorClient<paths, typeof operations, typeof specInfo>(
    {
      spec: specInfo,
      operations,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: createHyponemaError,
    },
    options,
  );
  const chat = (sessionId: string, text: string, callOptions: ChatOptions = {}): AsyncIterable<ChatEvent> =>
    chatEvents(
      stream(client, "/sessions/{session_id}/messages", {
        params: { path: { session_id: sessionId } },
        body: { text },
        ...callOptions,
      }),
    );
  return Object.assign(client, {
    chat,
    chatReply: (sessionId: string, text: string, callOptions?: ChatOptions) => collectChatReply(chat(sessionId, text, callOptions)),
    createBrowserSession: async (body: SessionCreateRequest, callOptions: FlowOptions = {}) =>
      toBrowserSession(await client.unwrap(client.POST("/sessions", { body, ...callOptions }))),
  });
}
