import type { MatchedRoute, MockRequest, MockResponse } from "./exchange.js";
import type { MockPreferences } from "./prefer-header.js";

/** One request on its way through the engine: what was asked, by whom, for which operation. */
export interface Exchange {
  readonly request: MockRequest;
  readonly preferences: MockPreferences;
  /** The credential the request carries; it scopes state, faults and live events. */
  readonly credential: string;
  /** The operation the request routes to; undefined when none does (Prism then answers 404/405). */
  readonly route: MatchedRoute | undefined;
}

/** A write the mock remembered, announced to live event streams of the same credential. */
export interface Change {
  readonly credential: string;
  readonly kind: "created" | "updated" | "deleted";
  /** The collection's path template, e.g. `/bots`. */
  readonly collection: string;
  readonly id: string;
  /** The stored resource after the change (before it, for a delete). */
  readonly value: unknown;
  readonly route: MatchedRoute;
}

/** Changes made through the mock, per credential, for anything that reports them live. */
export interface ChangeFeed {
  publish(change: Change): void;
  /** Calls `listener` for each later change of `credential`; returns the function that stops it. */
  subscribe(credential: string, listener: (change: Change) => void): () => void;
}

/** Remembered writes: turns Prism's documented 2xx answer into the one the stored state makes. */
export interface StateCapability {
  respond(exchange: Exchange, answer: MockResponse): MockResponse | Promise<MockResponse>;
  /** Forget everything `credential` wrote (back to the documented examples). */
  reset(credential: string): void;
}

/** Event streams: a `text/event-stream` answer made into the paced stream the vendor would send. */
export interface StreamCapability {
  respond(exchange: Exchange, answer: MockResponse): MockResponse | Promise<MockResponse>;
}

/** Webhook deliveries on demand (`POST /__mock/trigger/<event>`). */
export interface WebhookCapability {
  /** The documented webhook event names. */
  readonly events: readonly string[];
  /** Delivers `event` to every endpoint `credential` registered; the answer says where it went and how that went. */
  trigger(credential: string, event: string, request: MockRequest): Promise<MockResponse>;
}
