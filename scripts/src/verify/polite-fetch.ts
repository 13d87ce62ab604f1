/**
 * A fetch that never hammers a vendor: it waits out `Retry-After` on 429/503 (a bounded number of times) and,
 * when the vendor says the window is spent (`X-RateLimit-Remaining: 0`), sleeps until its reset before the next
 * request.
 */
export interface PoliteFetchOptions {
  readonly fetch?: typeof fetch;
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
      notBefore = windowResetAt(response.headers, now()) ?? 0;
      if ((response.status !== 429 && response.status !== 503) || attempt >= maxRetries) return response;
      const delay = retryAfterMs(response.headers.get("retry-after"), now());
      if (delay === undefined || delay > maxWait) return response;
      options.log?.(`${response.status}: retrying after ${Math.ceil(delay / 1000)} s (Retry-After)`);
      await response.body?.cancel();
      await sleep(delay);
    }
  };
}

/** `Retry-After` as seconds or an HTTP date, in ms from now. */
export function retryAfterMs(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/** When the vendor says no requests remain, the moment its window resets (epoch seconds or seconds from now). */
function windowResetAt(headers: Headers, now: number): number | undefined {
  const remaining = headers.get("x-ratelimit-remaining") ?? headers.get("ratelimit-remaining");
  if (remaining === null || Number(remaining) > 0) return undefined;
  const reset = Number(headers.get("x-ratelimit-reset") ?? headers.get("ratelimit-reset"));
  if (!Number.isFinite(reset) || reset <= 0) return undefined;
  // Values this large are epoch seconds; small ones are seconds until reset.
  return reset > 1_000_000_000 ? reset * 1000 : now + reset * 1000;
}
