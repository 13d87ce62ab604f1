/**
 * Operations grouped by the shape of their path, so a request is routed among the few operations that can
 * match it instead of all of them: Prism's router scores every operation of the spec on every request, which is
 * what made a 658-operation mock slow. Prism still makes the final choice among the candidates, so templated
 * segments, methods and 404/405 answers behave exactly as before.
 */
export interface RouteIndex<T> {
  /** The operations whose path could match `path`; empty when none can. */
  candidates(path: string): readonly T[];
}

interface Route<T> {
  /** One entry per path segment: the decoded literal text, or undefined where the segment is templated. */
  readonly segments: readonly (string | undefined)[];
  readonly operations: T[];
}

export function createRouteIndex<T extends { readonly path: string }>(operations: readonly T[]): RouteIndex<T> {
  const bySegmentCount = new Map<number, Route<T>[]>();
  const byPath = new Map<string, Route<T>>();
  for (const operation of operations) {
    let route = byPath.get(operation.path);
    if (!route) {
      // Prism treats a segment holding any {…} as templated (even `{id}.json`), so the index does too
      const segments = splitPath(operation.path).map((s) => (/{.+}/.test(s) ? undefined : s));
      route = { segments, operations: [] };
      byPath.set(operation.path, route);
      const sameLength = bySegmentCount.get(segments.length) ?? [];
      sameLength.push(route);
      bySegmentCount.set(segments.length, sameLength);
    }
    route.operations.push(operation);
  }
  return {
    candidates(path) {
      const parts = splitPath(path);
      const found: T[] = [];
      for (const route of bySegmentCount.get(parts.length) ?? []) {
        if (route.segments.every((segment, i) => segment === undefined || segment === parts[i])) found.push(...route.operations);
      }
      return found;
    },
  };
}

/** Path segments decoded as Prism's router decodes them (a malformed escape stays as written). */
function splitPath(path: string): string[] {
  return path.split("/").map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
}
