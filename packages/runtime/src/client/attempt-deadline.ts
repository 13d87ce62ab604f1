import { TimeoutError } from "../errors/errors.js";
import { MAX_TIMER_DELAY_MS } from "../retry/sleep.js";

/**
 * One attempt's time limit, kept out of fetch(): the request carries only the caller's signal. undici ties every
 * signal it is handed to its request with a WeakRef and a FinalizationRegistry entry, about 5 % of a loopback call,
 * so a per-attempt AbortController would charge every call for the rare one that times out. When the limit passes,
 * `expire` fails whatever waits on the attempt at once: its response headers first, then the call reading its body.
 */
export class AttemptDeadline {
  timedOut = false;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Rejects what currently waits on the attempt; the transport points it at the call once headers are in. */
  expire: (reason: unknown) => void = () => {};

  constructor(timeoutMs: number | undefined) {
    // Infinity (or anything past what timers hold) becomes the longest timer: about 24.8 days.
    if (timeoutMs !== undefined && timeoutMs > 0) {
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.expire(new TimeoutError("timed out")); // the transport reports it with the request it was for
      }, Math.min(timeoutMs, MAX_TIMER_DELAY_MS));
    }
  }

  /** Settles like `work`, or rejects when the limit passes first. */
  race<T>(work: Promise<T>): Promise<T> {
    if (this.#timer === undefined) return work;
    return new Promise((resolve, reject) => {
      this.expire = reject;
      work.then(resolve, reject);
    });
  }

  /** The attempt finished: stop the timer. */
  release(): void {
    clearTimeout(this.#timer);
  }
}
