import { AbortError, ApiError, ConnectionError, stream, TimeoutError, VendorSdkError } from "@vendor-sdks/runtime";
import { isRetryableStatus, sleep } from "@vendor-sdks/runtime/internal";
import type { HapiClient } from "./client.js";
import type { components, operations } from "./generated/schema.js";

/** One hub event (`data.type` names the kind). */
export type SyncEvent = components["schemas"]["SyncEvent"];
/** The frame as the stream carries it: the event and, on broadcast frames, its resume id. */
export type EventStreamFrame = components["schemas"]["EventStreamFrame"];

/** What `events()` yields: the event, and its id when the hub can replay it (persist it to resume later). */
export interface HapiEvent {
  readonly data: SyncEvent;
  readonly id?: string;
}

/** Which events to receive and how to keep the stream alive. */
export interface HapiEventsOptions {
  /** Every event of the namespace (otherwise give `sessionId` or `machineId`). Default true when neither is given. */
  readonly all?: boolean;
  readonly sessionId?: string;
  readonly machineId?: string;
  /** `visible` connections receive `toast` events; default `hidden`. */
  readonly visibility?: "visible" | "hidden";
  /** Resume after this event id (from a previous stream). */
  readonly lastEventId?: string;
  /** Yield `heartbeat` events too; by default they only keep the connection alive. */
  readonly heartbeats?: boolean;
  /**
   * Reconnect when no byte (not even the heartbeat the hub sends every 30 s) arrived for this long, ms. Defaults to
   * the client's `streamIdleTimeoutMs`, else 60 000; `0` never gives up on a silent connection.
   */
  readonly streamIdleTimeoutMs?: number;
  /** @deprecated Use `streamIdleTimeoutMs` (read when that is not given). */
  readonly heartbeatTimeoutMs?: number;
  /** First reconnect delay, doubled per consecutive failure up to `maxReconnectDelayMs`; default 1000. */
  readonly reconnectDelayMs?: number;
  /** Default 30 000. */
  readonly maxReconnectDelayMs?: number;
  /** Give up after this many consecutive failed connections; default unlimited. */
  readonly maxReconnects?: number;
  /** Ends the iteration (without an error). */
  readonly signal?: AbortSignal;
}

/** Query of `GET /api/events`, from the spec so that a renamed or retyped filter fails to compile. */
export type EventsQuery = NonNullable<operations["streamEvents"]["parameters"]["query"]>;

/** How one connection is opened; `streamIdleTimeoutMs` undefined leaves it to the client's setting. */
export interface EventConnection {
  readonly query: EventsQuery;
  readonly lastEventId: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly streamIdleTimeoutMs: number | undefined;
}

/** Opens one connection: the client binds it to `GET /api/events` (through the runtime's `stream()`). */
export type OpenEventStream = (connection: EventConnection) => AsyncIterable<EventStreamFrame>;

/**
 * The hub's event stream as one endless iteration: reconnects after a dropped or silent connection (with backoff),
 * resumes with `Last-Event-ID` so the hub can replay what was missed, and ends when `signal` aborts. After each
 * (re)connect the first event is `connection-changed`; `data.resume === "gap"` means events were lost: resync
 * over REST. Errors the hub means (401 after one renewal, 403, 404) are thrown, not retried.
 */
export async function* eventStream(open: OpenEventStream, options: HapiEventsOptions = {}): AsyncGenerator<HapiEvent> {
  const { signal } = options;
  const query = eventsQuery(options);
  // The runtime's idle limit cuts a silent connection (a TimeoutError), which is retried below like any drop.
  const streamIdleTimeoutMs = options.streamIdleTimeoutMs ?? options.heartbeatTimeoutMs;
  let lastEventId = options.lastEventId;
  let failures = 0;
  while (!signal?.aborted) {
    try {
      for await (const frame of open({ query, lastEventId, signal, streamIdleTimeoutMs })) {
        failures = 0;
        if (frame.id) lastEventId = frame.id;
        if (frame.data.type !== "heartbeat" || options.heartbeats) yield frame.id ? { data: frame.data, id: frame.id } : { data: frame.data };
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (!isTransient(error)) throw error;
    }
    if (signal?.aborted) return;
    failures++;
    if (options.maxReconnects !== undefined && failures > options.maxReconnects) {
      throw new VendorSdkError(`The HAPI event stream failed ${failures} times in a row; giving up.`);
    }
    const delay = Math.min((options.reconnectDelayMs ?? 1000) * 2 ** (failures - 1), options.maxReconnectDelayMs ?? 30_000);
    // Waits out the backoff; an abort during it ends the iteration quietly.
    if (!(await sleep(delay, signal).then(() => true, () => false))) return;
  }
}

/** The stream's filter query (`all` when no session or machine is named). */
function eventsQuery(options: HapiEventsOptions): EventsQuery {
  const query: EventsQuery = {};
  if (options.all ?? (!options.sessionId && !options.machineId)) query.all = "true";
  if (options.sessionId) query.sessionId = options.sessionId;
  if (options.machineId) query.machineId = options.machineId;
  if (options.visibility) query.visibility = options.visibility;
  return query;
}

function isTransient(error: unknown): boolean {
  if (error instanceof ApiError) return isRetryableStatus(error.status);
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true; // dropped, or silent too long
  if (error instanceof AbortError || error instanceof VendorSdkError) return false;
  return error instanceof TypeError; // a fetch failure the runtime did not wrap
}

/**
 * The hub's event stream, reconnecting and resuming (`Last-Event-ID`) until `options.signal` aborts, and after
 * `streamIdleTimeoutMs` without a byte. The JWT goes in the `Authorization` header, or in the `token` query
 * parameter in a browser (the form the hub offers EventSource, which cannot set headers).
 */
export function events(client: HapiClient, options?: HapiEventsOptions): AsyncGenerator<HapiEvent> {
  return eventStream(
    ({ query, lastEventId, signal, streamIdleTimeoutMs }) =>
      stream(client, "/api/events", {
        // The header goes through `params` so the spec's declaration of it is type-checked.
        params: { query, ...(lastEventId ? { header: { "Last-Event-ID": lastEventId } } : {}) },
        signal,
        streamIdleTimeoutMs,
        retries: 0, // eventStream reconnects with its own backoff
      }) as AsyncIterable<EventStreamFrame>,
    options,
  );
}
