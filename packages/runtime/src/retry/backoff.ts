import type { ResolvedRetryOptions } from "./retry-policy.js";

/**
 * Exponential backoff with jitter: `initialDelayMs * 2^retryIndex`, capped at `maxDelayMs`, then reduced by up to
 * 25% at random so clients that failed together do not retry together.
 */
export function backoffDelay(retryIndex: number, options: ResolvedRetryOptions, random: () => number = Math.random): number {
  const base = Math.min(options.initialDelayMs * 2 ** retryIndex, options.maxDelayMs);
  return base * (1 - 0.25 * random());
}

/** Milliseconds a `Retry-After` header asks for (delay-seconds or an HTTP date); undefined when absent or invalid. */
export function retryAfterMs(headers: Headers, now = Date.now()): number | undefined {
  const raw = headers.get("retry-after")?.trim();
  if (!raw) return undefined;
  if (/^\d+(\.\d+)?$/.test(raw)) return Number(raw) * 1000;
  const date = Date.parse(raw);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The wait before retry number `retryIndex`: the server's Retry-After (capped) when given, else backoff. */
export function retryDelay(retryIndex: number, headers: Headers | undefined, options: ResolvedRetryOptions): number {
  const requested = headers ? retryAfterMs(headers) : undefined;
  return requested === undefined ? backoffDelay(retryIndex, options) : Math.min(requested, options.maxRetryAfterMs);
}
