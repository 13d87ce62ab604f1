import { HTTP_METHODS } from "@vendor-sdks/runtime/internal";

/**
 * A large synthetic spec: `document`'s paths replicated under `/p1`, `/p2`, … until it has at least
 * `minOperations` operations (operation ids suffixed so they stay unique). Built at run time; nothing large is
 * committed. Each copy answers like the original, so figures per operation compare directly with the original's.
 */
export function replicatedSpec(document: Record<string, unknown>, minOperations: number): { document: Record<string, unknown>; operations: number; prefixes: number } {
  const paths = (document.paths ?? {}) as Record<string, Record<string, unknown>>;
  const isMethod = (key: string) => (HTTP_METHODS as readonly string[]).includes(key);
  const perCopy = Object.values(paths).reduce((n, item) => n + Object.keys(item).filter(isMethod).length, 0);
  if (perCopy === 0) throw new Error("replicatedSpec: the spec has no operations to replicate.");
  const prefixes = Math.max(1, Math.ceil(minOperations / perCopy));
  const replicated: Record<string, unknown> = {};
  for (let i = 1; i <= prefixes; i++) {
    for (const [path, item] of Object.entries(paths)) {
      const copy = structuredClone(item);
      for (const [method, operation] of Object.entries(copy)) {
        const op = operation as { operationId?: unknown };
        if (isMethod(method) && typeof op.operationId === "string") op.operationId = `${op.operationId}_p${i}`;
      }
      replicated[`/p${i}${path}`] = copy;
    }
  }
  // A token exchange names its operation: point it at the first copy's.
  const components = structuredClone((document.components ?? {}) as Record<string, Record<string, Record<string, unknown>>>);
  for (const scheme of Object.values(components.securitySchemes ?? {})) {
    const exchange = scheme["x-token-exchange"] as { operationId?: string } | undefined;
    if (exchange?.operationId) exchange.operationId = `${exchange.operationId}_p1`;
  }
  return { document: { ...document, components, paths: replicated }, operations: perCopy * prefixes, prefixes };
}
