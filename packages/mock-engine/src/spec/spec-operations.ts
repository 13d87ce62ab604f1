import { walkOperations } from "@vendor-sdks/spec-kit/operations/walk-operations";
import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";

/** One operation of a spec, with what every part of the engine reads of it. */
export interface SpecOperation {
  /** The path template, e.g. `/bots/{bot_id}`. */
  readonly template: string;
  readonly method: string;
  readonly operationId: string | undefined;
  /** The operation object (a `$ref`'d one resolved). */
  readonly operation: Record<string, unknown>;
  /** The path item's parameters, then the operation's (each may still be a `$ref`). */
  readonly parameters: readonly unknown[];
}

/**
 * Every operation of the document through the spec kit's walk (one method list for every tool), path items and
 * operations behind a local `$ref` resolved.
 */
export function specOperations(document: Record<string, unknown>): SpecOperation[] {
  const items: Record<string, Record<string, unknown>> = {};
  for (const [template, item] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const resolved = resolveLocalRef(document, item);
    if (isObject(resolved)) items[template] = resolved;
  }
  return walkOperations(items).flatMap(({ path, method, pathItem, operation: raw }) => {
    const operation = resolveLocalRef(document, raw);
    if (!isObject(operation)) return [];
    const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
    return [{ template: path, method, operationId, operation, parameters: [...asList(pathItem.parameters), ...asList(operation.parameters)] }];
  });
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
