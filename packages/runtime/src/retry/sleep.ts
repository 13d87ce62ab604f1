/** The longest delay timers hold: Node and browsers fire a longer one after 1 ms instead (about 24.8 days). */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, Math.min(ms, MAX_TIMER_DELAY_MS));
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
