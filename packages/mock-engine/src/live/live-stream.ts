import type { MockRequest } from "../engine/exchange.js";
import { createFrameQueue } from "../streams/frame-queue.js";
import { pacedStream, type PaceOptions } from "../streams/paced-stream.js";
import { commonValues, renderFrame } from "../streams/render-frame.js";
import type { LiveScript } from "../streams/stream-script.js";
import type { LiveHub } from "./live-hubs.js";

/**
 * One connection to a live stream: the greeting (saying whether the cursor resumed), the frames missed since the
 * cursor, then every frame the credential's writes cause and a heartbeat at the script's interval, until the
 * client leaves (the request's signal aborts) or a `Prefer` ends it.
 */
export function openLiveStream(script: LiveScript, hub: LiveHub, request: MockRequest, pace: Omit<PaceOptions, "onClose">): AsyncIterable<string> {
  const queue = createFrameQueue();
  const cursor = cursorOf(script, request);
  const missed = cursor === undefined ? undefined : hub.after(cursor);
  const resume = missed === undefined ? script.resume?.gap : script.resume?.ok;
  if (script.greeting) queue.push(renderFrame(script.greeting, (name) => (name === "resume" ? resume : commonValues(name)), "live.greeting"));
  for (const text of missed ?? []) queue.push(text);
  const stopListening = hub.listen((text) => queue.push(text));
  const heartbeat = script.heartbeat;
  const timer = heartbeat ? setInterval(() => queue.push(() => renderFrame(heartbeat.frame, commonValues, "live.heartbeat")), heartbeat.everyMs) : undefined;
  return pacedStream(queue, {
    ...pace,
    onClose() {
      stopListening();
      if (timer !== undefined) clearInterval(timer);
    },
  });
}

/** The resume cursor: the standard `Last-Event-ID` header, else the query parameter the script names. */
function cursorOf(script: LiveScript, request: MockRequest): string | undefined {
  const header = request.headers["last-event-id"];
  if (header) return header;
  const name = script.resume?.query;
  const value = name === undefined ? undefined : request.query[name];
  const first = Array.isArray(value) ? value[0] : value;
  return first || undefined;
}
