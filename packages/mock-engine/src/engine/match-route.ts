import type { MatchedRoute } from "./exchange.js";

/** One segment of a path template: literal text, or a pattern with the parameters it captures (`{id}`, `{id}.json`). */
export type TemplateSegment = { readonly literal: string } | { readonly pattern: RegExp; readonly params: readonly string[] };

/** A path template split once into segments. */
export interface RouteTemplate {
  readonly template: string;
  readonly method: string;
  readonly segments: readonly TemplateSegment[];
}

// Prism (and the route index) treat a segment holding any `{…}` as templated, whatever text surrounds it
const PARAMETER = /{([^}]+)}/g;

export function routeTemplate(template: string, method: string): RouteTemplate {
  const segments = template.split("/").map((segment): TemplateSegment => {
    const params = [...segment.matchAll(PARAMETER)].map((m) => m[1] as string);
    if (params.length === 0) return { literal: segment };
    const source = segment.split(PARAMETER).map((part, i) => (i % 2 === 1 ? "(.+?)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))).join("");
    return { pattern: new RegExp(`^${source}$`), params };
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
      if ("literal" in segment) {
        if (segment.literal === part) literals++;
        else matches = false;
        return;
      }
      const found = segment.pattern.exec(part);
      if (!found) matches = false;
      else segment.params.forEach((name, at) => (params[name] = found[at + 1] ?? ""));
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
