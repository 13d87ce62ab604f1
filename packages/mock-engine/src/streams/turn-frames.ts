import type { QueuedFrame } from "./frame-queue.js";
import { replyTo } from "./reply-text.js";
import { commonValues, renderFrame } from "./render-frame.js";
import type { TurnScript } from "./stream-script.js";
import type { Lookup } from "./template.js";

/** One played turn: its frames in the script's order, and the error frame that can end it early. */
export interface PlayedTurn {
  readonly frames: readonly QueuedFrame[];
  errorFrame(message: string): string | undefined;
}

/**
 * The frames of one turn for this request: the script's events in order, the `perChunk` one once per chunk of the
 * reply, with an id minted for the turn. Frames are made when sent, so `$elapsedMs` is the time the turn took.
 */
export function playTurn(script: TurnScript, requestBody: unknown): PlayedTurn {
  const started = Date.now();
  const streamId = crypto.randomUUID();
  const reply = replyTo(script.reply, script.answers, requestBody);
  const values = (extra: Record<string, unknown>): Lookup => (name) => {
    if (Object.hasOwn(extra, name)) return extra[name];
    switch (name) {
      case "streamId":
        return streamId;
      case "elapsedMs":
        return Math.round(Date.now() - started);
      case "requestWords":
        return reply.requestWords;
      case "replyChunks":
        return reply.chunks.length;
      default:
        return commonValues(name);
    }
  };
  const render = (template: Record<string, unknown>, extra: Record<string, unknown>): string => renderFrame(template, values(extra), "events");
  const frames = script.events.flatMap((entry): QueuedFrame[] =>
    entry.perChunk ? reply.chunks.map((chunk) => () => render(entry.frame, { chunk })) : [() => render(entry.frame, {})],
  );
  return {
    frames,
    errorFrame: (message) => (script.error ? render(script.error, { message }) : undefined),
  };
}
