import { readRateLimit, retryAfterMs, type SpecInfo } from "@vendor-sdks/runtime/internal";

/**
 * A fetch that never hammers a vendor: it waits out `Retry-After` on 429/503 (a bounded number of times) and,
 * when the vendor says the window is spent (remaining 0), sleeps until its reset before the next request. Both
 * headers are read as the generated clients read them (the runtime's own readers).
 */
export interface PoliteFetchOptions {
  readonly fetch?: typeof fetch;
  /** The spec's `x-rate-limit-headers`; without it the common `X-RateLimit-*`/`RateLimit-*` names are read. */
  readonly rateLimitHeaders?: SpecInfo["rateLimitHeaders"];
  /** Longest single wait we accept, in ms (a vendor asking for more is reported, not obeyed). */
  readonly maxWaitMs?: number;
  readonly maxRetries?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  readonly log?: (line: string) => void;
}

export function createPoliteFetch(options: PoliteFetchOptions = {}): typeof fetch {
  const doFetch = options.fetch ?? fetch;
  const maxWait = options.maxWaitMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 3;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const now = options.now ?? Date.now;
  let notBefore = 0;

  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const wait = notBefore - now();
      if (wait > 0) {
        options.log?.(`rate limit: waiting ${Math.ceil(wait / 1000)} s for the window to reset`);
        await sleep(Math.min(wait, maxWait));
      }
      const response = await doFetch(input, init);
      notBefore = windowResetAt(response.headers, options.rateLimitHeaders ?? null, now()) ?? 0;
      if ((response.status !== 429 && response.status !== 503) || attempt >= maxRetries) return response;
      const delay = retryAfterMs(response.headers, now());
      if (delay === undefined || delay > maxWait) return response;
      options.log?.(`${response.status}: retrying after ${Math.ceil(delay / 1000)} s (Retry-After)`);
      await response.body?.cancel();
      await sleep(delay);
    }
  };
}

/** When the vendor says no requests remain, the moment its window resets. */
function windowResetAt(headers: Headers, names: SpecInfo["rateLimitHeaders"], now: number): number | undefined {
  const state = readRateLimit(headers, names, now);
  if (state?.remaining === undefined || state.remaining > 0 || state.reset === undefined || state.reset <= 0) return undefined;
  return state.resetAt?.getTime();
}
