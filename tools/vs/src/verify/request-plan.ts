import type { ToolingOperation as OperationInfo } from "@vendor-sdks/spec-kit/operations/operation-table";
import { exampleRequest, type ExampleRequest } from "@vendor-sdks/spec-kit/requests/example-request";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";

/** An operation the drift check will call, with the request the spec's examples give it (path ids come later). */
export interface PlannedCall {
  readonly op: OperationInfo;
  readonly example: ExampleRequest;
}

/** An operation the drift check does not call, and why. */
export interface NotExercised {
  readonly operationId: string;
  readonly method: string;
  /** The path template. */
  readonly path: string;
  readonly kind: "no-success" | "write-not-allowed" | "no-example" | "dependency";
  readonly reason: string;
}

export interface RequestPlan {
  readonly planned: readonly PlannedCall[];
  readonly notExercised: readonly NotExercised[];
}

/**
 * Which operations a drift check calls: every GET, plus operations the spec marks `x-safe`, plus the writes the
 * caller named, each only when the spec's examples make a valid request. Every other operation is listed with the
 * reason. Operations without path parameters come first, so their results can fill in the ids of the detail
 * operations that follow.
 */
export function planOperations(doc: Record<string, unknown>, operations: readonly OperationInfo[], allowWrites: readonly string[]): RequestPlan {
  const unknown = allowWrites.filter((id) => !operations.some((o) => o.operationId === id));
  if (unknown.length > 0) throw new Error(`--allow-writes names unknown operation(s): ${unknown.join(", ")}.`);
  const planned: PlannedCall[] = [];
  const notExercised: NotExercised[] = [];
  const depth = (o: OperationInfo) => pathParams(o.path).length;
  const ordered = [...operations].sort((a, b) => depth(a) - depth(b) || a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const op of ordered) {
    const skip = (kind: NotExercised["kind"], reason: string) => notExercised.push(notExercisedEntry(op, kind, reason));
    if (op.successStatus === undefined) {
      skip("no-success", "documents no 2xx response: no answer it could give would agree with the spec");
      continue;
    }
    if (op.method !== "get" && !op.safe && !allowWrites.includes(op.operationId)) {
      skip("write-not-allowed", `a write, not sent unless named with --allow-writes ${op.operationId}`);
      continue;
    }
    try {
      // Path ids come from live listings, never from the spec's example ids.
      planned.push({ op, example: exampleRequest(doc, pointerOf("paths", op.path), op, { pathParams: false }) });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      skip("no-example", `no example values: ${message.replace(`${op.operationId}: `, "")}`);
    }
  }
  return { planned, notExercised };
}

export function notExercisedEntry(op: OperationInfo, kind: NotExercised["kind"], reason: string): NotExercised {
  return { operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, kind, reason };
}

/** Path parameter names in a template, in order. */
export function pathParams(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "");
}

/** The values of a detail path's parameters, or the listing that should have given the first missing one. */
export type Resolution = { readonly values: Record<string, string> } | { readonly missing: { readonly param: string; readonly listPath: string } };

/**
 * Fill a detail path's parameters from list results seen so far: the list whose path is the detail path minus
 * its last `/{param}` provides an item, and the item's `id` (or the parameter's own name) gives the value.
 */
export function resolveFromListings(path: string, listings: ReadonlyMap<string, unknown[]>, known: Record<string, string> = {}): Resolution {
  const values: Record<string, string> = { ...known };
  for (const name of pathParams(path)) {
    if (values[name] !== undefined) continue;
    const listPath = path.slice(0, path.indexOf(`{${name}}`)).replace(/\/$/, "");
    const concrete = listPath.replace(/\{([^}]+)\}/g, (_, p: string) => values[p] ?? `{${p}}`);
    const record = listings.get(concrete)?.find((it) => it && typeof it === "object") as Record<string, unknown> | undefined;
    const value = record ? (record[name] ?? record.id ?? record._id) : undefined;
    if (typeof value !== "string" && typeof value !== "number") return { missing: { param: name, listPath } };
    values[name] = String(value);
  }
  return { values };
}

export function fillPath(path: string, values: Record<string, string>): string {
  return path.replace(/\{([^}]+)\}/g, (_, p: string) => encodeURIComponent(values[p] ?? ""));
}
