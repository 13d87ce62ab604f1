import { walkOperations } from "@vendor-sdks/spec-kit/operations/walk-operations";
import type { HttpMethod, OpenApiDocument, OperationObject, ParameterObject, PathItem } from "./openapi-types.ts";
import { resolve } from "./resolve-ref.ts";

export interface OperationEntry {
  readonly path: string;
  readonly method: HttpMethod;
  readonly operation: OperationObject;
  /** Path-level and operation-level parameters, resolved; the operation's win (OpenAPI's override rule). */
  readonly parameters: readonly ParameterObject[];
}

/** Every operation under `paths`, in document order. */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  return walkOperations<OperationObject, PathItem>(doc.paths).map(({ path, method, pathItem, operation }) => {
    const byKey = new Map<string, ParameterObject>();
    for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
      const param = resolve(doc, p);
      byKey.set(`${param.in}:${param.name}`, param);
    }
    return { path, method, operation, parameters: [...byKey.values()] };
  });
}

/** Operations under `webhooks` (requests the vendor sends to you): Redoc lists them beside the API's own. */
export function listWebhookOperations(doc: OpenApiDocument): { name: string; method: HttpMethod }[] {
  return walkOperations(doc.webhooks as Record<string, Record<string, unknown>> | undefined).map(({ path, method }) => ({ name: path, method }));
}
