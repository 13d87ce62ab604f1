import { VendorSdkError } from "../errors/errors.js";

/** How long `stream()` waits for the next byte of a stream when neither the client nor the call says. */
export const DEFAULT_STREAM_IDLE_TIMEOUT_MS = 60_000;

/** Options `stream()` (and the vendor flows built on it) take besides the call options. */
export interface StreamOptions {
  /**
   * Fail the iteration with a `TimeoutError` when no byte arrives for this long (ms): before the response headers,
   * then between any two pieces of the body (keepalive comments and heartbeats count). Overrides the client's
   * setting; default 60 000. `0` disables it.
   */
  streamIdleTimeoutMs?: number;
}

/** The idle limit a stream runs under: the call's, else the client's, else the default. Refuses nonsense. */
export function resolveStreamIdleTimeout(call: number | undefined, client: number | undefined): number {
  const ms = call ?? client ?? DEFAULT_STREAM_IDLE_TIMEOUT_MS;
  if (typeof ms !== "number" || Number.isNaN(ms) || ms < 0) {
    throw new VendorSdkError(`streamIdleTimeoutMs must be a number of milliseconds, 0 or more (0 disables it); got ${String(ms)}.`);
  }
  return ms;
}
