import { waitFor } from "../timing/wait-for.js";
import type { FrameQueue } from "./frame-queue.js";

export interface PaceOptions {
  /** Milliseconds between two writes; 0 writes everything available at once. */
  readonly delayMs: number;
  /** After this many frames, write `errorFrame()` and end. */
  readonly errorAfter?: number;
  readonly errorFrame?: () => string;
  /** After this many frames, throw: the server destroys the socket, a Fetch body errors. */
  readonly dropAfter?: number;
  /** The request's signal: the stream ends as soon as the client leaves. */
  readonly signal?: AbortSignal;
  /** Called once when the stream ends, however it ends (timers and subscriptions stop here). */
  readonly onClose?: () => void;
}

/** Raised by a stream told to drop its connection (`Prefer: stream-drop-after`). */
export class StreamDroppedError extends Error {
  constructor(readonly after: number) {
    super(`Prefer stream-drop-after=${after}: the mock dropped the connection after ${after} event(s).`);
    this.name = "StreamDroppedError";
  }
}

/**
 * The queued frames as the chunks a server writes, one frame per write `delayMs` apart (or all that are waiting in
 * one write when the delay is 0), ended early by `Prefer: stream-error-after`/`stream-drop-after`.
 */
export function pacedStream(queue: FrameQueue, options: PaceOptions): AsyncIterable<string> {
  const { delayMs, errorAfter, dropAfter, signal } = options;
  let sent = 0;
  let lastWrite: number | undefined;
  let finished = false;
  const close = (): void => {
    if (finished) return;
    finished = true;
    signal?.removeEventListener("abort", close);
    queue.end();
    options.onClose?.();
  };
  signal?.addEventListener("abort", close, { once: true });
  if (signal?.aborted) close();

  const iterator: AsyncIterator<string> = {
    async next() {
      if (finished) return { done: true, value: undefined };
      if (errorAfter !== undefined && sent >= errorAfter) return last(options.errorFrame?.() ?? "");
      if (dropAfter !== undefined && sent >= dropAfter) {
        close();
        throw new StreamDroppedError(dropAfter);
      }
      let max = delayMs === 0 ? Number.POSITIVE_INFINITY : 1;
      if (errorAfter !== undefined) max = Math.min(max, errorAfter - sent);
      if (dropAfter !== undefined) max = Math.min(max, dropAfter - sent);
      const frames = await queue.take(max, signal);
      if (!frames || finished) {
        close();
        return { done: true, value: undefined };
      }
      if (lastWrite !== undefined && delayMs > 0) {
        await waitFor(delayMs - (Date.now() - lastWrite), signal);
        if (finished) return { done: true, value: undefined };
      }
      sent += frames.length;
      lastWrite = Date.now();
      let chunk = frames.join("");
      // a burst carries the error event in the same write as the frames before it
      if (delayMs === 0 && errorAfter !== undefined && sent >= errorAfter) {
        chunk += options.errorFrame?.() ?? "";
        close();
      }
      return { done: false, value: chunk };
    },
    async return() {
      close();
      return { done: true, value: undefined };
    },
  };
  async function last(chunk: string): Promise<IteratorResult<string>> {
    if (lastWrite !== undefined && delayMs > 0) await waitFor(delayMs - (Date.now() - lastWrite), signal);
    const aborted = finished;
    close();
    return aborted ? { done: true, value: undefined } : { done: false, value: chunk };
  }
  return { [Symbol.asyncIterator]: () => iterator };
}
