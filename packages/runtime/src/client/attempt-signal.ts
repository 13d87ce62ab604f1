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
    if (timeoutMs !== undefined && timeoutMs > 0 && Number.isFinite(timeoutMs)) {
      keepTimerListWarm(timeoutMs);
      this.#timer = setTimeout(() => {
        this.timedOut = true;
        this.#controller.abort(new DOMException("The attempt timed out", "TimeoutError"));
      }, timeoutMs);
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
