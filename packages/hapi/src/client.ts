import { createVendorClient, stream, envValue, VendorSdkError, type CallOptions, type VendorClient, type VendorClientOptions } from "@vendor-sdks/runtime";
import { composeAccessToken } from "./access-token.js";
import { HapiApiError } from "./errors.js";
import { eventStream, type EventStreamFrame, type HapiEvent, type HapiEventsOptions } from "./events.js";
import { operations } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";
import { JwtSession } from "./jwt-session.js";
import { iterateMessages, messagePages, type DecryptedMessage, type FetchMessagesPage, type MessagePagesOptions, type MessagesResponse } from "./message-pages.js";

export interface HapiClientOptions extends Omit<VendorClientOptions, "apiKey" | "auth"> {
  /**
   * The hub's access token (`CLI_API_TOKEN`, optionally `token:namespace`). It is only ever sent to
   * `POST /api/auth`, in the body; every other call carries the JWT it is exchanged for. Defaults to the
   * `HAPI_ACCESS_TOKEN` environment variable where there is one.
   */
  readonly accessToken?: string;
  /** Namespace to act in (appended as `:namespace`); the hub's default is `default` (the owner). */
  readonly namespace?: string;
  /** Renew the JWT this long before its `exp`; default 60 000. */
  readonly renewBeforeMs?: number;
}

/** The HAPI client: typed `GET`/`POST`/… plus `unwrap`, `stream`, and HAPI's own flows. */
export type HapiClient = VendorClient<paths, typeof operations, typeof specInfo> & {
  /**
   * The hub's event stream, reconnecting and resuming (`Last-Event-ID`) until `options.signal` aborts, and after
   * `streamIdleTimeoutMs` without a byte. The JWT goes in the `Authorization` header, or in the `token` query
   * parameter in a browser (the form the hub offers EventSource, which cannot set headers).
   */
  events(options?: HapiEventsOptions): AsyncGenerator<HapiEvent>;
  /** Marks an event-stream connection (by the `subscriptionId` of its `connection-changed`) visible or hidden. */
  setVisibility(subscriptionId: string, visibility: "visible" | "hidden", options?: CallOptions): Promise<void>;
  /** A session's messages one by one: newest first by default, or oldest first with `direction: "newer"`. */
  messages(sessionId: string, options?: MessagePagesOptions): AsyncGenerator<DecryptedMessage>;
  /** A session's message pages with their paging state. */
  messagePages(sessionId: string, options?: MessagePagesOptions): AsyncGenerator<MessagesResponse>;
  /** The JWT in use (exchanged or renewed when needed); `invalidate()` forces the next call to exchange again. */
  readonly jwt: { get(): Promise<string>; invalidate(): void };
};

/** Creates a HAPI Hub client (default hub `http://127.0.0.1:3006`). */
export function createHapiClient(options: HapiClientOptions = {}): HapiClient {
  const { accessToken, namespace, renewBeforeMs, ...clientOptions } = options;
  const token = accessToken ?? envValue("HAPI_ACCESS_TOKEN");
  if (token === undefined) throw new VendorSdkError("@vendor-sdks/hapi needs the hub's access token: pass { accessToken } or set HAPI_ACCESS_TOKEN.");
  const credential = composeAccessToken(token, namespace);
  const session: JwtSession = new JwtSession({
    renewBeforeMs,
    exchange: async (): Promise<string> => {
      const { token } = await client.unwrap(client.POST("/api/auth", { body: { accessToken: credential } }));
      return token;
    },
  });
  const client: VendorClient<paths, typeof operations, typeof specInfo> = createVendorClient<paths, typeof operations, typeof specInfo>(
    {
      spec: specInfo,
      operations,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: (init) => new HapiApiError(init),
    },
    { ...clientOptions, auth: session },
  );

  const fetchMessagesPage =
    (sessionId: string): FetchMessagesPage =>
    (query, signal) =>
      client.unwrap(client.GET("/api/sessions/{sessionId}/messages", { params: { path: { sessionId }, query }, signal }));

  return Object.assign(client, {
    events: (eventsOptions?: HapiEventsOptions) =>
      eventStream(
        ({ query, lastEventId, signal, streamIdleTimeoutMs }) =>
          stream(client, "/api/events", {
            // The header goes through `params` so the spec's declaration of it is type-checked.
            params: { query, ...(lastEventId ? { header: { "Last-Event-ID": lastEventId } } : {}) },
            signal,
            streamIdleTimeoutMs,
            retries: 0, // eventStream reconnects with its own backoff
          }) as AsyncIterable<EventStreamFrame>,
        eventsOptions,
      ),
    setVisibility: async (subscriptionId: string, visibility: "visible" | "hidden", call?: CallOptions) => {
      await client.unwrap(client.POST("/api/visibility", { body: { subscriptionId, visibility }, ...call }));
    },
    messages: (sessionId: string, pageOptions?: MessagePagesOptions) => iterateMessages(fetchMessagesPage(sessionId), pageOptions),
    messagePages: (sessionId: string, pageOptions?: MessagePagesOptions) => messagePages(fetchMessagesPage(sessionId), pageOptions),
    jwt: { get: async () => session.getCredential(), invalidate: () => session.invalidate() },
  });
}
