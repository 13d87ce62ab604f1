import { PREFERENCE_NAMES } from "../engine/prefer-header.js";

/**
 * The default scenario of a set of handlers, in the mock server's `Prefer` vocabulary: what every request gets
 * unless it says otherwise itself (its own `Prefer` header or `__<name>` query parameters win, name by name).
 */
export interface MockScenario {
  /** `Prefer: code=<status>`: answer the documented response of that status. */
  readonly code?: number;
  /** `Prefer: example=<name>`: answer that named example. */
  readonly example?: string;
  /** `Prefer: dynamic=true`: a body generated from the schema instead of the documented example. */
  readonly dynamic?: boolean;
  /** `Prefer: seed=<text>`: makes dynamic bodies repeatable. */
  readonly seed?: string;
  /** `Prefer: latency=<ms>`: wait before answering. */
  readonly latency?: number;
  /** `Prefer: stream-delay=<ms>`: milliseconds between two events of a stream (0: all at once). */
  readonly streamDelay?: number;
  /** `Prefer: stream-error-after=<n>`: end a stream with the vendor's documented error event after n events. */
  readonly streamErrorAfter?: number;
  /** `Prefer: stream-drop-after=<n>`: drop the connection after n events. */
  readonly streamDropAfter?: number;
}

// each scenario field is its preference's name in camelCase (`stream-delay` → `streamDelay`)
const SCENARIO_PREFERENCES = PREFERENCE_NAMES.map((name) => [name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) as keyof MockScenario, name] as const);

/** `code=404, latency=200`: the scenario as `Prefer` preferences; empty when it sets nothing. */
export function scenarioPrefer(scenario: MockScenario): string {
  return SCENARIO_PREFERENCES.flatMap(([key, name]) => (scenario[key] === undefined ? [] : [`${name}=${String(scenario[key])}`])).join(", ");
}

/**
 * The `Prefer` header the engine should read for a request: the scenario's preferences first, then the request's
 * own (the engine keeps the last value of a name, so the request's win). A request without a `Prefer` header may
 * state preferences as `__<name>` query parameters; they are carried over, as the engine reads the query only when
 * there is no header.
 */
export function mergedPrefer(defaults: string, own: string | null, query: URLSearchParams): string {
  const fromQuery = PREFERENCE_NAMES.flatMap((name) => {
    const value = query.get(`__${name}`);
    return value === null ? [] : [`${name}=${value}`];
  }).join(", ");
  return [defaults, own ?? fromQuery].filter((part) => part !== "").join(", ");
}
