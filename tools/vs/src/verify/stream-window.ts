// The runtime's own SSE reading, so events are checked exactly as `stream()` yields them to callers.
import type { SseEvent } from "@vendor-sdks/runtime";
import { parseSse, toSseEvent } from "@vendor-sdks/runtime/internal";
import { canonicalPointer, getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";

/** How much of a live stream the drift check reads: a stream may never end on its own. */
export interface StreamWindow {
  /** Stop after this many events. */
  readonly maxEvents: number;
  /** Stop this long after the headers arrived, in ms. */
  readonly maxMs: number;
}

export const DEFAULT_STREAM_WINDOW: StreamWindow = { maxEvents: 20, maxMs: 5_000 };

export interface StreamSample {
  readonly events: readonly SseEvent[];
  /** Why reading stopped. */
  readonly endedBy: "max-events" | "max-time" | "server";
}

/** Read events until the window is full, its time is up or the server closes the stream; the body is then cancelled. */
export async function readStreamWindow(body: ReadableStream<Uint8Array>, window: StreamWindow): Promise<StreamSample> {
  const stop = new AbortController();
  const timer = setTimeout(() => stop.abort(), window.maxMs);
  const events: SseEvent[] = [];
  try {
    for await (const message of parseSse(body, stop.signal)) {
      events.push(toSseEvent(message));
      // Leaving the loop cancels the body, which closes the connection.
      if (events.length >= window.maxEvents) return { events, endedBy: "max-events" };
    }
    return { events, endedBy: stop.signal.aborted ? "max-time" : "server" };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Where one event's schema is: the non-string branch of a `text/event-stream` schema (`anyOf: [string, <event>]`,
 * specs/EXTENSIONS.md), or the whole schema when it is not in that form.
 */
export function eventSchemaPointer(doc: Record<string, unknown>, streamSchemaPointer: string): string {
  const branch = `${streamSchemaPointer}/anyOf/1`;
  return getAtPointer(doc, canonicalPointer(doc, branch)) === undefined ? streamSchemaPointer : branch;
}
