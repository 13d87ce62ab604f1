import type { FakeClock } from "@vendor-sdks/test-doubles/fake-clock";

/** A fetch that notes, on a fake clock, when each request went out and when its response headers came back. */
export interface TimedFetch {
  readonly sent: number[];
  readonly answered: number[];
  readonly fetch: typeof globalThis.fetch;
}

export function timedFetch(clock: FakeClock): TimedFetch {
  const sent: number[] = [];
  const answered: number[] = [];
  return {
    sent,
    answered,
    fetch: async (input, init) => {
      sent.push(clock.now());
      const response = await fetch(input, init);
      answered.push(clock.now());
      return response;
    },
  };
}
