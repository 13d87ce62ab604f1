import { HTTP_METHODS, type HttpMethod } from "@vendor-sdks/runtime/internal";

/** One operation as it stands in a path item: every tool that walks a spec's operations starts from this. */
export interface WalkedOperation<Operation = Record<string, unknown>, PathItem = Record<string, unknown>> {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pathItem: PathItem;
  readonly operation: Operation;
}

/**
 * Every operation under `paths` (or `webhooks`), in document order and, within a path item, in the order of the
 * runtime's method list: the one list of HTTP methods a path item may hold, shared with the generated clients.
 */
export function walkOperations<Operation = Record<string, unknown>, PathItem = Record<string, unknown>>(
  items: Readonly<Record<string, PathItem>> | undefined,
): WalkedOperation<Operation, PathItem>[] {
  const walked: WalkedOperation<Operation, PathItem>[] = [];
  for (const [path, pathItem] of Object.entries(items ?? {})) {
    if (pathItem === null || typeof pathItem !== "object") continue;
    for (const method of HTTP_METHODS) {
      const operation = (pathItem as Record<string, unknown>)[method];
      if (operation) walked.push({ path, method, pathItem, operation: operation as Operation });
    }
  }
  return walked;
}

/** Operations in a bundled spec: each HTTP method of each path item. */
export function countOperations(doc: Record<string, unknown>): number {
  return walkOperations(doc.paths as Record<string, Record<string, unknown>> | undefined).length;
}
