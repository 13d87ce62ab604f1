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
const DEFAULT_CANDIDATES = candidatesFor(null);
// Every response is read, so the header names are worked out once per spec, not per call.
const specCandidates = new WeakMap<object, Candidates>();

/** Reads rate-limit headers named by the spec (`x-rate-limit-headers`), else the common `X-RateLimit-*`/`RateLimit-*`. */
export function readRateLimit(headers: Headers, names: SpecInfo["rateLimitHeaders"], now = Date.now()): RateLimitState | undefined {
  const state: { -readonly [K in keyof RateLimitState]: RateLimitState[K] } = {};
  let found = false;
  let table = DEFAULT_CANDIDATES;
  if (names) {
    table = specCandidates.get(names) ?? candidatesFor(names);
    specCandidates.set(names, table);
  }
  for (const [field, candidates] of table) {
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
