import { CONTROL_PREFIX } from "../control/control-routes.js";
import { specOperations, type SpecOperation } from "../spec/spec-operations.js";

/** One operation of the spec as MSW intercepts it: the operation, and a pattern for its absolute URLs. */
export interface OperationUrl {
  readonly operation: SpecOperation;
  /** Matches the operation's URLs under the base URL (query and hash are stripped by MSW before matching). */
  readonly pattern: RegExp;
}

/**
 * Every operation of `document` as a URL pattern under `baseUrl`, literal routes first. MSW answers with the first
 * handler that matches, so `/bots/discover` must come before `/bots/{id}`, as the engine (and OpenAPI) route.
 * A RegExp rather than MSW's `:param` string: spec paths may hold a literal colon (`/rows:bulk`), which MSW would
 * read as a parameter.
 */
export function operationUrls(document: Record<string, unknown>, baseUrl: string): OperationUrl[] {
  const prefix = escapeRegExp(baseUrl.replace(/\/+$/, ""));
  const found = specOperations(document).map((operation) => {
    const segments = operation.template.split("/").slice(1);
    const source = segments.map((segment) => (/{[^}]+}/.test(segment) ? segmentPattern(segment) : escapeRegExp(segment))).join("/");
    // per segment: 1 where it is literal, so literal-first ordering compares segment by segment like the router
    const literals = segments.map((segment) => (/{[^}]+}/.test(segment) ? 0 : 1));
    return { operation, pattern: new RegExp(`^${prefix}/${source}/?$`), literals };
  });
  return found.sort((a, b) => compareLiterals(b.literals, a.literals)).map(({ operation, pattern }) => ({ operation, pattern }));
}

/** A templated segment (`{id}`, `{id}.json`): each `{…}` matches one or more characters other than `/`. */
function segmentPattern(segment: string): string {
  return segment
    .split(/{[^}]+}/)
    .map(escapeRegExp)
    .join("[^/]+");
}

function compareLiterals(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** The mock's own `/__mock/*` control routes under `baseUrl`. */
export function controlPattern(baseUrl: string): RegExp {
  return new RegExp(`^${escapeRegExp(baseUrl.replace(/\/+$/, "") + CONTROL_PREFIX)}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
