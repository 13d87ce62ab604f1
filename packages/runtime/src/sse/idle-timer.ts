import { MAX_TIMER_DELAY_MS } from "../retry/sleep.js";

/**
 * Calls `onIdle` once when `touch()` has not been called for `ms` (`0` never fires). Touching only records the time,
 * since a stream may deliver thousands of chunks a second: the timer re-arms itself for what is left when it wakes
 * early.
 */
export class IdleTimer {
  /** True once `onIdle` was called. */
  expired = false;
  #last = performance.now();
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly ms: number,
    private readonly onIdle: () => void,
  ) {
    if (ms > 0) this.#arm(ms);
  }

  /** Something arrived: the idle time starts again. A bound function, to be handed on as a callback. */
  readonly touch = (): void => {
    this.#last = performance.now();
  };

  stop(): void {
    clearTimeout(this.#timer);
  }

  #arm(delay: number): void {
    this.#timer = setTimeout(() => {
      const left = this.#last + this.ms - performance.now();
      if (left > 0) return this.#arm(left);
      this.expired = true;
      this.onIdle();
    }, Math.min(delay, MAX_TIMER_DELAY_MS));
  }
}
