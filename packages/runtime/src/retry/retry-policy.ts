/** How a client retries failed attempts. Every field has a documented default (see README). */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2; `0` turns retrying off. */
  readonly maxRetries?: number;
  /** Delay before the first retry, doubled each time. Default 500 ms. */
  readonly initialDelayMs?: number;
  /** Upper bound of the backoff delay. Default 8000 ms. */
  readonly maxDelayMs?: number;
  /** Upper bound on a server's `Retry-After` wait. Default 60 000 ms. */
  readonly maxRetryAfterMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

export const DEFAULT_RETRY: ResolvedRetryOptions = {
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/** Merges retry settings: defaults, then the client's, then the call's (a number means `maxRetries`). */
export function resolveRetry(...layers: (number | RetryOptions | undefined)[]): ResolvedRetryOptions {
  let resolved = DEFAULT_RETRY;
  for (const layer of layers) {
    if (layer === undefined) continue;
    resolved = { ...resolved, ...(typeof layer === "number" ? { maxRetries: layer } : layer) };
  }
  return resolved;
}

const IDEMPOTENT = new Set(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"]);

/**
 * Replaying is safe for idempotent methods, and for any method once the caller sent an idempotency key (asked only
 * for the others: looking through headers costs more than the method check).
 */
export function mayReplay(method: string, hasIdempotencyKey: () => boolean): boolean {
  return IDEMPOTENT.has(method.toUpperCase()) || hasIdempotencyKey();
}

/** Statuses that signal a transient failure: request timeout, rate limiting, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}
