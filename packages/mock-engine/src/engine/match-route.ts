import type { MatchedRoute } from "./exchange.js";

/** A path template split once: literal segments as text, templated ones as the parameter name. */
export interface RouteTemplate {
  readonly template: string;
  readonly method: string;
  readonly segments: readonly { readonly literal?: string; readonly param?: string }[];
}

export function routeTemplate(template: string, method: string): RouteTemplate {
  const segments = template.split("/").map((segment) => {
    const param = /^{([^}]+)}$/.exec(segment)?.[1];
    return param === undefined ? { literal: segment } : { param };
  });
  return { template, method, segments };
}

/**
 * The operation `path` and `method` route to among `candidates`, with its path parameters. A literal segment
 * beats a templated one at the same place (OpenAPI: `/bots/discover` wins over `/bots/{id}`), as Prism routes.
 */
export function matchRoute(
  candidates: readonly RouteTemplate[],
  method: string,
  path: string,
  operationOf: (template: string, method: string) => Record<string, unknown> | undefined,
): MatchedRoute | undefined {
  const parts = path.split("/");
  let best: { route: RouteTemplate; params: Record<string, string>; literals: number } | undefined;
  for (const route of candidates) {
    if (route.method !== method.toLowerCase() || route.segments.length !== parts.length) continue;
    const params: Record<string, string> = {};
    let literals = 0;
    let matches = true;
    route.segments.forEach((segment, i) => {
      const part = decode(parts[i] ?? "");
      if (segment.param !== undefined) params[segment.param] = part;
      else if (segment.literal === part) literals++;
      else matches = false;
    });
    if (matches && (best === undefined || literals > best.literals)) best = { route, params, literals };
  }
  if (!best) return undefined;
  const operation = operationOf(best.route.template, best.route.method);
  if (!operation) return undefined;
  const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
  return { template: best.route.template, method: best.route.method, operationId, params: best.params, operation };
}

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
