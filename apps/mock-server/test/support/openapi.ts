/** Just enough of OpenAPI 3.1 for the tests to build requests from a bundled spec. */
import { walkOperations } from "@vendor-sdks/spec-kit/operations/walk-operations";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly node: JsonObject;
  /** JSON pointer of the operation inside the document. */
  readonly pointer: string;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function listOperations(document: JsonObject): Operation[] {
  const operations: Operation[] = [];
  for (const { path, method, operation: node } of walkOperations<JsonObject, JsonObject>(isObject(document.paths) ? (document.paths as Record<string, JsonObject>) : {})) {
    if (!isObject(node)) continue;
    operations.push({
      method,
      path,
      operationId: typeof node.operationId === "string" ? node.operationId : `${method} ${path}`,
      node,
      pointer: pointerOf("paths", path, method),
    });
  }
  return operations;
}

export { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
