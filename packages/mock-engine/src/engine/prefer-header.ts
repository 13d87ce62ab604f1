/**
 * What a caller asked the mock for, through `Prefer` (or the `__code`/`__example`/`__dynamic`/`__seed`/`__latency`/
 * `__stream-delay`… query, which applies only without a `Prefer` header, as in prism-http-server).
 */
export interface MockPreferences {
  readonly code?: number;
  readonly exampleKey?: string;
  readonly dynamic?: boolean;
  readonly seed?: string;
  /** Milliseconds to wait before answering. */
  readonly latencyMs?: number;
  /** Milliseconds between two events of a stream (0: all at once). */
  readonly streamDelayMs?: number;
  /** End the stream with the vendor's documented error event after this many events. */
  readonly streamErrorAfter?: number;
  /** Drop the connection after this many events, without a terminal event. */
  readonly streamDropAfter?: number;
}

/** Every preference the mock reads, with the query parameter that stands for it. */
export const PREFERENCE_NAMES = ["code", "example", "dynamic", "seed", "latency", "stream-delay", "stream-error-after", "stream-drop-after"] as const;
type PreferenceName = (typeof PREFERENCE_NAMES)[number];

// a request may ask to wait at most this long (a typo of an extra digit should not hang a test run for hours)
export const MAX_DELAY_MS = 60_000;

/**
 * `Prefer: code=402, example=planLimitReached, latency=400` as prism-http-server reads it. A malformed value is an
 * error naming the preference, never silently ignored.
 */
export function readPreferences(prefer: string | undefined, query: Readonly<Record<string, string | string[]>>): MockPreferences {
  const raw = prefer === undefined ? fromQuery(query) : fromHeader(prefer);
  const preferences: { -readonly [K in keyof MockPreferences]: MockPreferences[K] } = {};
  if (raw.code !== undefined) {
    if (!/^\d{3}$/.test(raw.code)) throw new Error(`Prefer code must be a 3-digit status, got "${raw.code}".`);
    preferences.code = Number(raw.code);
  }
  if (raw.dynamic !== undefined) {
    if (raw.dynamic !== "true" && raw.dynamic !== "false") throw new Error(`Prefer dynamic must be true or false, got "${raw.dynamic}".`);
    preferences.dynamic = raw.dynamic === "true";
  }
  if (raw.example !== undefined) preferences.exampleKey = raw.example;
  if (raw.seed !== undefined) preferences.seed = raw.seed;
  if (raw.latency !== undefined) preferences.latencyMs = milliseconds("latency", raw.latency);
  if (raw["stream-delay"] !== undefined) preferences.streamDelayMs = milliseconds("stream-delay", raw["stream-delay"]);
  if (raw["stream-error-after"] !== undefined) preferences.streamErrorAfter = count("stream-error-after", raw["stream-error-after"]);
  if (raw["stream-drop-after"] !== undefined) preferences.streamDropAfter = count("stream-drop-after", raw["stream-drop-after"]);
  return preferences;
}

function milliseconds(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`Prefer ${name} must be a whole number of milliseconds, got "${value}".`);
  const ms = Number(value);
  if (ms > MAX_DELAY_MS) throw new Error(`Prefer ${name} must be at most ${MAX_DELAY_MS} ms, got ${ms}.`);
  return ms;
}

function count(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`Prefer ${name} must be a whole number of events, got "${value}".`);
  return Number(value);
}

type RawPreferences = Partial<Record<PreferenceName, string>>;

function isPreferenceName(key: string): key is PreferenceName {
  return (PREFERENCE_NAMES as readonly string[]).includes(key);
}

function fromHeader(prefer: string): RawPreferences {
  const raw: RawPreferences = {};
  for (const part of prefer.split(/[,;]/)) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const key = part.slice(0, at).trim().toLowerCase();
    const value = part.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
    if (isPreferenceName(key)) raw[key] = value;
  }
  return raw;
}

function fromQuery(query: Readonly<Record<string, string | string[]>>): RawPreferences {
  const raw: RawPreferences = {};
  for (const key of PREFERENCE_NAMES) {
    const value = query[`__${key}`];
    if (typeof value === "string") raw[key] = value;
  }
  return raw;
}
