import { onTestFinished, vi } from "vitest";

/** Fake time for one test, counted from when {@link useFakeClock} was called. */
export interface FakeClock {
  /** Fake milliseconds since the clock was faked. */
  now(): number;
  /** Moves fake time on to `ms` after the start, firing each timer that falls due and letting promises settle between them. */
  advanceTo(ms: number): Promise<void>;
}

/**
 * Fakes `setTimeout`, `clearTimeout` and `Date` for the rest of the current test, so a test about time asserts the
 * delays the code asked for rather than how fast the machine was. Only those are faked: sockets, `setImmediate`
 * and the test runner keep real time, so real loopback servers still answer (see {@link waitFor}). `startAt` sets
 * the fake date (e.g. a whole second, for HTTP dates).
 */
export function useFakeClock(options: { readonly startAt?: Date } = {}): FakeClock {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"], ...(options.startAt ? { now: options.startAt } : {}) });
  onTestFinished(() => void vi.useRealTimers());
  const start = Date.now();
  return {
    now: () => Date.now() - start,
    advanceTo: async (ms) => {
      await vi.advanceTimersByTimeAsync(Math.max(0, start + ms - Date.now()));
    },
  };
}

/** How a promise has settled so far, readable at any moment without awaiting it. */
export interface Tracked<T> {
  readonly state: "pending" | "resolved" | "rejected";
  readonly promise: Promise<T>;
}

export function track<T>(promise: Promise<T>): Tracked<T> {
  const tracked = { state: "pending" as Tracked<T>["state"], promise };
  promise.then(
    () => (tracked.state = "resolved"),
    () => (tracked.state = "rejected"),
  );
  return tracked;
}

/**
 * Waits in real time (polling on `setImmediate`, which fake clocks leave alone) until `condition` holds, e.g. until
 * a loopback server has seen a request. Fails, saying what it waited for, after `hangGuardMs` of real time: a bound
 * that catches a hang, not slowness.
 */
export async function waitFor(condition: () => boolean, what: string, hangGuardMs = 10_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > hangGuardMs) throw new Error(`Still waiting after ${hangGuardMs} ms for ${what}.`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
