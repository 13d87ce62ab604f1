import type { ChangeFeed, Exchange, StreamCapability } from "../engine/capabilities.js";
import type { MockResponse } from "../engine/exchange.js";
import { cursorExample } from "../live/cursor-example.js";
import { createLiveHubs, type LiveHubs } from "../live/live-hubs.js";
import { openLiveStream } from "../live/live-stream.js";
import { indexEventStreams, type EventStreamMedia } from "./event-stream-media.js";
import { createFrameQueue, type QueuedFrame } from "./frame-queue.js";
import { pacedStream, type PaceOptions } from "./paced-stream.js";
import { commonValues, renderFrame } from "./render-frame.js";
import { splitFrames } from "./sse-frame.js";
import { streamErrorEvents, type LiveScript } from "./stream-script.js";
import { playTurn } from "./turn-frames.js";

export interface StreamOptions {
  /** The parsed OpenAPI document; every `x-mock-stream` in it is checked here, so a wrong one fails at start. */
  readonly document: Record<string, unknown>;
  /** Writes the mock remembered, which a live stream turns into events. */
  readonly feed: ChangeFeed;
  /** Milliseconds between two frames unless the request's `Prefer: stream-delay` says otherwise. */
  readonly streamDelayMs: number;
  errorResponse(status: number, message: string, headers?: Record<string, string>): MockResponse;
}

/**
 * Event streams as the vendor sends them: a documented turn played from the spec's `x-mock-stream` (a reply that
 * answers the request, one frame per write at the stream's pace), a live stream held open with heartbeats and the
 * events writes cause, or a stream the vendor does not document, sent as its example's frames through the same pace.
 */
export function createStreams(options: StreamOptions): StreamCapability {
  const index = indexEventStreams(options.document);
  const liveHubs = new Map<LiveScript, LiveHubs>();
  const hubsOf = (script: LiveScript, found: EventStreamMedia): LiveHubs => {
    let hubs = liveHubs.get(script);
    if (!hubs) liveHubs.set(script, (hubs = createLiveHubs(options.feed, script, cursorExample(found.parameters, script.resume?.query))));
    return hubs;
  };

  return {
    respond(exchange, answer) {
      const { request, preferences, route } = exchange;
      const found = route ? index.find(route.method, route.template, answer.status) : undefined;
      // a named example or a generated body is served as asked for, not replaced by the played stream
      const script = preferences.exampleKey === undefined && preferences.dynamic !== true ? found?.script : undefined;
      if (preferences.streamErrorAfter !== undefined && !script?.error) {
        const where = route ? `${route.method.toUpperCase()} ${route.template}` : request.path;
        const listed = JSON.stringify(found ? streamErrorEvents(found.media) : []);
        return options.errorResponse(
          400,
          `Prefer stream-error-after: ${where} has no error event the mock can send (x-stream-events.error: ${listed}; x-mock-stream.error: none). Prefer stream-drop-after=<n> ends it by dropping the connection instead.`,
        );
      }
      const pace: PaceOptions = { delayMs: preferences.streamDelayMs ?? options.streamDelayMs, ...(request.signal ? { signal: request.signal } : {}) };
      // Prism fills an undocumented header value from its schema ("string"); a stream is never cached
      const headers: Record<string, string> = { ...answer.headers, "cache-control": "no-cache" };
      delete headers["content-length"]; // the body is sent in chunks, its length unknown up front
      const message = `Prefer stream-error-after=${preferences.streamErrorAfter ?? 0}: the mock ended the stream with its error event after ${preferences.streamErrorAfter ?? 0} event(s).`;

      let stream: AsyncIterable<string>;
      if (script?.kind === "live") {
        const hub = hubsOf(script, found as EventStreamMedia).hubFor(exchange.credential);
        const error = script.error;
        const errorFrame = error ? () => renderFrame(error, (name) => (name === "message" ? message : commonValues(name)), "error") : undefined;
        stream = openLiveStream(script, hub, request, { ...pace, ...limits(preferences, Number.POSITIVE_INFINITY), ...(errorFrame ? { errorFrame } : {}) });
      } else {
        const turn = script?.kind === "turn" ? playTurn(script, request.body) : undefined;
        const frames: readonly QueuedFrame[] = turn ? turn.frames : splitFrames(answer.body ?? "");
        const queue = createFrameQueue();
        for (const frame of frames) queue.push(frame);
        queue.end();
        const errorFrame = turn ? () => turn.errorFrame(message) ?? "" : undefined;
        stream = pacedStream(queue, { ...pace, ...limits(preferences, frames.length), ...(errorFrame ? { errorFrame } : {}) });
      }
      return { status: answer.status, headers, body: undefined, stream };
    },
  };
}

/**
 * `Prefer: stream-error-after`/`stream-drop-after` for a stream of `length` frames: one at or past its last frame
 * does nothing (the turn has ended by then).
 */
function limits(preferences: Exchange["preferences"], length: number): Pick<PaceOptions, "errorAfter" | "dropAfter"> {
  const { streamErrorAfter, streamDropAfter } = preferences;
  return {
    ...(streamErrorAfter !== undefined && streamErrorAfter < length ? { errorAfter: streamErrorAfter } : {}),
    ...(streamDropAfter !== undefined && streamDropAfter < length ? { dropAfter: streamDropAfter } : {}),
  };
}
