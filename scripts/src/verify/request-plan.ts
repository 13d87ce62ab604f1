import type { ToolingOperation as OperationInfo } from "../codegen/operation-table.ts";

/**
 * Which operations a drift check may call: every GET, plus operations the spec marks `x-safe`, plus the writes
 * the caller named. Operations without path parameters come first, so their results can fill in the ids of the
 * detail operations that follow.
 */
export function planOperations(operations: readonly OperationInfo[], allowWrites: readonly string[]): OperationInfo[] {
  const unknown = allowWrites.filter((id) => !operations.some((o) => o.operationId === id));
  if (unknown.length > 0) throw new Error(`--allow-writes names unknown operation(s): ${unknown.join(", ")}.`);
  const chosen = operations.filter((o) => o.method === "get" || o.safe || allowWrites.includes(o.operationId));
  const depth = (o: OperationInfo) => (o.path.match(/\{[^}]+\}/g) ?? []).length;
  return chosen.filter((o) => !o.streaming).sort((a, b) => depth(a) - depth(b) || a.path.localeCompare(b.path));
}

/** Path parameter names in a template, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}

/**
 * Fill a detail path's parameters from list results seen so far: the list whose path is the detail path minus
 * its last `/{param}` provides an item, and the item's `id` (or the parameter's own name) gives the value.
 */
export function resolveFromListings(path: string, listings: ReadonlyMap<string, unknown[]>, known: Record<string, string>): Record<string, string> | undefined {
  const values: Record<string, string> = { ...known };
  const params = pathParams(path);
  for (let i = 0; i < params.length; i++) {
    const name = params[i] ?? "";
    if (values[name] !== undefined) continue;
    const cut = path.indexOf(`{${name}}`);
    const listPath = path.slice(0, cut).replace(/\/$/, "");
    const concrete = listPath.replace(/\{([^}]+)\}/g, (_, p: string) => values[p] ?? `{${p}}`);
    const items = listings.get(concrete);
    const first = items?.find((it) => it && typeof it === "object");
    if (!first) return undefined;
    const record = first as Record<string, unknown>;
    const value = record[name] ?? record.id ?? record._id;
    if (typeof value !== "string" && typeof value !== "number") return undefined;
    values[name] = String(value);
  }
  return values;
}

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, p: string) => encodeURIComponent(values[p] ?? ""));
}
