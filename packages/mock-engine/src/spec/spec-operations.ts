import { isObject, resolveLocalRef } from "./read-document.js";

/** The methods an OpenAPI path item may hold an operation under. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** One operation of a spec, with what every reader of it needs. */
export interface SpecOperation {
  /** The path template, e.g. `/bots/{bot_id}`. */
  readonly template: string;
  readonly method: HttpMethod;
  readonly operationId: string | undefined;
  /** The operation object (a `$ref`'d one resolved). */
  readonly operation: Record<string, unknown>;
  /** The path item's parameters, then the operation's (each may still be a `$ref`). */
  readonly parameters: readonly unknown[];
}

/** Every operation of the document, in the spec's order: the one walk the engine's modules share. */
export function specOperations(document: Record<string, unknown>): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [template, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const item = resolveLocalRef(document, rawItem);
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = resolveLocalRef(document, item[method]);
      if (!isObject(operation)) continue;
      const operationId = typeof operation.operationId === "string" ? operation.operationId : undefined;
      operations.push({ template, method, operationId, operation, parameters: [...asList(item.parameters), ...asList(operation.parameters)] });
    }
  }
  return operations;
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
