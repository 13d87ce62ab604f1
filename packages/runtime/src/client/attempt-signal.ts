import { MAX_TIMER_DELAY_MS } from "../retry/sleep.js";
import { keepTimerListWarm } from "./warm-timer-list.js";

/**
 * The signal one attempt runs under: aborted by the caller's signal or by the per-attempt timeout, whichever comes
 * first. `timedOut` tells the two apart afterwards.
 */
export class AttemptSignal {
  readonly #controller = new AbortController();
  readonly #caller: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  timedOut = false;

  constructor(caller: AbortSignal | undefined, timeoutMs: number | undefined) {
    this.#caller = caller;
    if (caller?.aborted) this.#controller.abort(caller.reason);
    else caller?.addEventListener("abort", this.#onCallerAbort, { once: true });
    // Infinity (or anything past what timers hold) becomes the longest timer: about 24.8 days.
    if (timeoutMs !== undefined && timeoutMs > 0) {
      const ms = Math.min(timeoutMs, MAX_TIMER_DELAY_MS);
      keepTimerListWarm(ms);
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.#controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
      }, ms);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The attempt finished: stop the timer and stop listening to the caller. */
  release(): void {
    clearTimeout(this.#timer);
    this.#caller?.removeEventListener("abort", this.#onCallerAbort);
  }

  readonly #onCallerAbort = (): void => {
    this.#controller.abort(this.#caller?.reason);
  };
}
