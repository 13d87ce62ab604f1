import { AbortError, ApiError, ConnectionError, TimeoutError, VendorSdkError, isRetryableStatus, sleep } from "@vendor-sdks/runtime";
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
  /** Reconnect when nothing (not even a heartbeat, sent every 30 s) arrived for this long; default 75 000. */
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

/** Opens one connection: the client binds it to `GET /api/events` (JWT in `?token=`). */
export type OpenEventStream = (
  query: EventsQuery,
  lastEventId: string | undefined,
  signal: AbortSignal,
) => AsyncIterable<EventStreamFrame>;

/** The watchdog's abort reason: the stream stopped sending, even heartbeats. */
class StreamStalled extends Error {}

/**
 * The hub's event stream as one endless iteration: reconnects after a dropped or silent connection (with backoff),
 * resumes with `Last-Event-ID` so the hub can replay what was missed, and ends when `signal` aborts. After each
 * (re)connect the first event is `connection-changed`; `data.resume === "gap"` means events were lost: resync
 * over REST. Errors the hub means (401 after one renewal, 403, 404) are thrown, not retried.
 */
export async function* eventStream(open: OpenEventStream, options: HapiEventsOptions = {}): AsyncGenerator<HapiEvent> {
  const { signal } = options;
  const query = eventsQuery(options);
  const heartbeatTimeoutMs = options.heartbeatTimeoutMs ?? 75_000;
  let lastEventId = options.lastEventId;
  let failures = 0;
  while (!signal?.aborted) {
    const connection = new AbortController();
    const stop = () => connection.abort(signal?.reason);
    signal?.addEventListener("abort", stop, { once: true });
    const watchdog = new Watchdog(heartbeatTimeoutMs, () => connection.abort(new StreamStalled()));
    try {
      watchdog.arm();
      for await (const frame of open(query, lastEventId, connection.signal)) {
        watchdog.disarm();
        failures = 0;
        if (frame.id) lastEventId = frame.id;
        if (frame.data.type !== "heartbeat" || options.heartbeats) yield frame.id ? { data: frame.data, id: frame.id } : { data: frame.data };
        watchdog.arm();
      }
    } catch (error) {
      if (signal?.aborted) return;
      if (!isTransient(error, connection.signal)) throw error;
    } finally {
      watchdog.disarm();
      signal?.removeEventListener("abort", stop);
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

function isTransient(error: unknown, connection: AbortSignal): boolean {
  if (connection.aborted) return true; // our watchdog cut a silent connection
  if (error instanceof ApiError) return isRetryableStatus(error.status);
  if (error instanceof ConnectionError || error instanceof TimeoutError) return true;
  if (error instanceof AbortError || error instanceof VendorSdkError) return false;
  return error instanceof TypeError; // fetch body read failures ("terminated")
}

class Watchdog {
  #timer: ReturnType<typeof setTimeout> | undefined;
  constructor(
    private readonly ms: number,
    private readonly onSilence: () => void,
  ) {}
  arm(): void {
    this.disarm();
    this.#timer = setTimeout(this.onSilence, this.ms);
  }
  disarm(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
