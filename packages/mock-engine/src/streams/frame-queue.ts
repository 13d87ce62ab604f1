/** A frame's wire text, or a function that makes it when it is sent (so `$elapsedMs` or `$now` are current). */
export type QueuedFrame = string | (() => string);

/** Frames waiting to be written: pushed by whoever produces them, taken by the pacer. */
export interface FrameQueue {
  push(frame: QueuedFrame): void;
  /** No frame follows those already queued. */
  end(): void;
  /**
   * Waits for at least one frame and takes up to `max` of those queued; undefined once the queue has ended and is
   * empty, or as soon as `signal` aborts.
   */
  take(max: number, signal?: AbortSignal): Promise<string[] | undefined>;
}

export function createFrameQueue(): FrameQueue {
  const frames: QueuedFrame[] = [];
  let ended = false;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const resume = wake;
    wake = undefined;
    resume?.();
  };
  return {
    push(frame) {
      if (ended) return;
      frames.push(frame);
      notify();
    },
    end() {
      ended = true;
      notify();
    },
    async take(max, signal) {
      while (frames.length === 0) {
        if (ended || signal?.aborted) return undefined;
        await new Promise<void>((resolve) => {
          const done = (): void => {
            signal?.removeEventListener("abort", done);
            resolve();
          };
          wake = done;
          signal?.addEventListener("abort", done, { once: true });
        });
      }
      if (signal?.aborted) return undefined;
      return frames.splice(0, Math.max(1, max)).map((frame) => (typeof frame === "string" ? frame : frame()));
    },
  };
}
