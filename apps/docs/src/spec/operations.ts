import { HTTP_METHODS, type HttpMethod, type OpenApiDocument, type OperationObject, type ParameterObject } from "./openapi-types.ts";
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
  const entries: OperationEntry[] = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const byKey = new Map<string, ParameterObject>();
      for (const p of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
        const param = resolve(doc, p);
        byKey.set(`${param.in}:${param.name}`, param);
      }
      entries.push({ path, method, operation, parameters: [...byKey.values()] });
    }
  }
  return entries;
}

/** Operations under `webhooks` (requests the vendor sends to you): Redoc lists them beside the API's own. */
export function listWebhookOperations(doc: OpenApiDocument): { name: string; method: HttpMethod }[] {
  const webhooks = (doc.webhooks ?? {}) as Record<string, Partial<Record<HttpMethod, OperationObject>>>;
  return Object.entries(webhooks).flatMap(([name, item]) => HTTP_METHODS.filter((method) => item[method]).map((method) => ({ name, method })));
}
