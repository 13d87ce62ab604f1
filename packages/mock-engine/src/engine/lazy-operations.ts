import type { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { specOperations } from "../spec/spec-operations.js";
import { prismRequire } from "./load-prism.js";

export type Operation = Awaited<ReturnType<typeof getHttpOperationsFromSpec>>[number];

/** One operation of the spec, turned into Prism's form the first time a request may need it. */
export interface LazyOperation {
  readonly path: string;
  readonly method: string;
  prepare(): Operation;
}

// http-spec (the spec reader prism-http uses) and @stoplight/json, as prism-http itself resolves them
const { transformOas3Operation } = prismRequire("@stoplight/http-spec/oas3/operation") as {
  transformOas3Operation(options: { document: unknown; name: string; method: string; config: unknown }): Record<string, unknown>;
};
const { OPERATION_CONFIG } = prismRequire("@stoplight/http-spec/oas") as { OPERATION_CONFIG: unknown };
const { bundleTarget } = prismRequire("@stoplight/json") as {
  bundleTarget(options: { document: unknown; path: string; cloneDocument: boolean }): unknown;
};

/**
 * Every operation of an OpenAPI 3.x document, each prepared on first use. Prism's own loader
 * (getHttpOperationsFromSpec) dereferences the whole document and converts every operation before the first
 * request: ~6 s for 650 operations, growing faster than the spec. Here start-up only lists paths and methods;
 * an operation is converted the way that loader converts it (its local `$ref`s resolved, a cycle kept as a
 * reference; http-spec's transformer; then `bundleTarget`, which puts what is still referenced under
 * `__bundled__`, where Prism's validator and generator look it up), once, when a request first routes to it.
 */
export function lazyOperations(document: Record<string, unknown>): LazyOperation[] {
  const resolved = new Map<string, unknown>(); // each `$ref` target resolved once, shared by every operation using it
  return specOperations(document).map(({ template: path, method }) => {
    let prepared: Operation | undefined;
    return { path, method, prepare: () => (prepared ??= prepareOperation(document, path, method, resolved)) };
  });
}

function prepareOperation(document: Record<string, unknown>, path: string, method: string, resolved: Map<string, unknown>): Operation {
  const paths = document.paths as Record<string, unknown>;
  const item = dereference(document, paths[path], resolved, new Set());
  const view = { ...document, paths: { [path]: item } };
  const operation = transformOas3Operation({ document: view, name: path, method, config: OPERATION_CONFIG });
  return bundleTarget({ document: { ...document, __target__: operation }, path: "#/__target__", cloneDocument: false }) as Operation;
}

/**
 * `node` with every local `$ref` replaced by what it points at, as json-schema-ref-parser's `dereference` (which
 * Prism's loader runs on the whole document) does: siblings of a `$ref` are dropped, a target is resolved once
 * and shared, and a reference back into a target being resolved (a cycle) stays a reference.
 */
function dereference(document: Record<string, unknown>, node: unknown, resolved: Map<string, unknown>, resolving: Set<string>): unknown {
  if (Array.isArray(node)) return node.map((entry) => dereference(document, entry, resolved, resolving));
  if (typeof node !== "object" || node === null) return node;
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && ref.startsWith("#/")) {
    if (resolving.has(ref)) return node;
    const cached = resolved.get(ref);
    if (cached !== undefined) return cached;
    resolving.add(ref);
    const target = dereference(document, pointerTarget(document, ref), resolved, resolving);
    resolving.delete(ref);
    // a target that still holds a cycle back to an outer reference is only valid inside that reference
    if (!holdsReference(target, resolving)) resolved.set(ref, target);
    return target;
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = dereference(document, value, resolved, resolving);
  return copy;
}

function pointerTarget(document: Record<string, unknown>, ref: string): unknown {
  let target: unknown = document;
  for (const raw of ref.slice(2).split("/")) {
    const segment = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    target = typeof target === "object" && target !== null ? (target as Record<string, unknown>)[segment] : undefined;
  }
  if (target === undefined) throw new Error(`the spec's reference ${ref} points at nothing.`);
  return target;
}

/** Whether `node` still contains a `$ref` to one of `refs` (a cycle left as a reference). */
function holdsReference(node: unknown, refs: ReadonlySet<string>, seen = new Set<unknown>()): boolean {
  if (refs.size === 0 || typeof node !== "object" || node === null || seen.has(node)) return false;
  seen.add(node);
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === "string" && refs.has(ref)) return true;
  return Object.values(node).some((value) => holdsReference(value, refs, seen));
}
