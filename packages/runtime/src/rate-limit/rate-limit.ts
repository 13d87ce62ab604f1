import type { SpecInfo } from "../operations/operation-info.js";

/** The last rate-limit state the API reported. Fields are absent when the vendor did not send them. */
export interface RateLimitState {
  readonly limit?: number;
  readonly remaining?: number;
  readonly used?: number;
  /** `reset` exactly as sent (seconds; epoch or delta depending on the vendor). */
  readonly reset?: number;
  /** `reset` as a date: values above 10^9 are read as Unix epoch seconds, smaller ones as seconds from now. */
  readonly resetAt?: Date;
}

type Field = "limit" | "remaining" | "used" | "reset";
const FIELDS: readonly Field[] = ["limit", "remaining", "used", "reset"];
const FALLBACK_PREFIXES = ["x-ratelimit-", "ratelimit-"];
type Candidates = readonly (readonly [Field, readonly string[]])[];
const candidatesFor = (names: SpecInfo["rateLimitHeaders"]): Candidates =>
  FIELDS.map((field) => [field, names?.[field] ? [names[field]] : FALLBACK_PREFIXES.map((p) => p + field)] as const);
const FALLBACK_REMAINING = FALLBACK_PREFIXES.map((p) => `${p}remaining`);
/**
 * Whether a response reports rate-limit state, judged by its `remaining` header alone (the spec's name, else the
 * common ones): every response is checked, and most carry none, so all fields are read only when this one is there.
 */
export function reportsRateLimit(headers: Headers, names: SpecInfo["rateLimitHeaders"]): boolean {
  return names?.remaining ? headers.has(names.remaining) : FALLBACK_REMAINING.some((name) => headers.has(name));
}

/** Reads rate-limit headers named by the spec (`x-rate-limit-headers`), else the common `X-RateLimit-*`/`RateLimit-*`. */
export function readRateLimit(headers: Headers, names: SpecInfo["rateLimitHeaders"], now = Date.now()): RateLimitState | undefined {
  const state: { -readonly [K in keyof RateLimitState]: RateLimitState[K] } = {};
  let found = false;
  for (const [field, candidates] of candidatesFor(names)) {
    for (const name of candidates) {
      const raw = headers.get(name);
      const value = raw === null ? Number.NaN : Number(raw);
      if (Number.isFinite(value)) {
        state[field] = value;
        found = true;
        break;
      }
    }
  }
  if (!found) return undefined;
  if (state.reset !== undefined) state.resetAt = new Date(state.reset > 1e9 ? state.reset * 1000 : now + state.reset * 1000);
  return state;
}
