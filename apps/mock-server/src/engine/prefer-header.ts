/** What a caller asked the mock for, through `Prefer` or the `__code`/`__example`/`__dynamic`/`__seed` query. */
export interface MockPreferences {
  readonly code?: number;
  readonly exampleKey?: string;
  readonly dynamic?: boolean;
  readonly seed?: string;
}

/**
 * `Prefer: code=402, example=planLimitReached` as prism-http-server reads it (the query parameters apply only
 * without a `Prefer` header). A malformed value is an error naming the preference, never silently ignored.
 */
export function readPreferences(prefer: string | undefined, query: Readonly<Record<string, string | string[]>>): MockPreferences {
  const raw = prefer === undefined ? fromQuery(query) : fromHeader(prefer);
  const preferences: { code?: number; exampleKey?: string; dynamic?: boolean; seed?: string } = {};
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
  return preferences;
}

type RawPreferences = Partial<Record<"code" | "example" | "dynamic" | "seed", string>>;

function fromHeader(prefer: string): RawPreferences {
  const raw: RawPreferences = {};
  for (const part of prefer.split(/[,;]/)) {
    const at = part.indexOf("=");
    if (at < 0) continue;
    const key = part.slice(0, at).trim().toLowerCase();
    const value = part.slice(at + 1).trim().replace(/^"(.*)"$/, "$1");
    if (key === "code" || key === "example" || key === "dynamic" || key === "seed") raw[key] = value;
  }
  return raw;
}

function fromQuery(query: Readonly<Record<string, string | string[]>>): RawPreferences {
  const raw: RawPreferences = {};
  for (const key of ["code", "example", "dynamic", "seed"] as const) {
    const value = query[`__${key}`];
    if (typeof value === "string") raw[key] = value;
  }
  return raw;
}
