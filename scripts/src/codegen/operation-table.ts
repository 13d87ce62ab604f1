import { deref } from "../spec/json-pointer.ts";
import { HTTP_METHODS, type OperationEntry, type PaginationInfo } from "../../../packages/runtime/src/operations/operation-info.ts";

/** Everything tooling knows about an operation (the runtime's table is the slim `OperationEntry`). */
export interface ToolingOperation {
  readonly operationId: string;
  readonly method: OperationEntry["method"];
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly successStatus: number;
  readonly abilities: readonly string[];
  readonly pagination: PaginationInfo | null;
  readonly streaming: boolean;
  readonly requestContentTypes: readonly string[];
  /** Effective security requirement names (the operation's, else the spec's); `[]` = none. */
  readonly security: readonly (readonly string[])[];
  /** `x-safe`: a non-GET that is safe to replay against a live API. */
  readonly safe: boolean;
}


type Json = Record<string, unknown>;

/** Build the operation table from a bundled spec: the one list every tool and test reads. */
export function buildOperationTable(doc: Json): Record<string, ToolingOperation> {
  const table: Record<string, ToolingOperation> = {};
  const paths = (doc.paths ?? {}) as Record<string, Json>;
  const globalSecurity = (doc.security ?? []) as Record<string, unknown>[];
  for (const [path, item] of Object.entries(paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const operationId = op.operationId as string | undefined;
      if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId.`);
      if (table[operationId]) throw new Error(`operationId ${operationId} is used twice.`);
      const responses = (op.responses ?? {}) as Record<string, Json>;
      const successCodes = Object.keys(responses).filter((c) => /^2\d\d$/.test(c)).map(Number).sort((a, b) => a - b);
      const successStatus = successCodes[0];
      if (successStatus === undefined) throw new Error(`${operationId} declares no 2xx response.`);
      const success = deref(doc, responses[String(successStatus)]);
      const successContent = (success?.content ?? {}) as Json;
      const requestBody = deref(doc, op.requestBody);
      const security = (op.security ?? globalSecurity) as Record<string, unknown>[];
      table[operationId] = {
        operationId,
        method,
        path,
        summary: String(op.summary ?? ""),
        tags: (op.tags ?? []) as string[],
        successStatus,
        abilities: (op["x-abilities"] ?? []) as string[],
        pagination: (op["x-pagination"] ?? null) as PaginationInfo | null,
        streaming: "text/event-stream" in successContent,
        requestContentTypes: Object.keys((requestBody?.content ?? {}) as Json),
        security: security.map((req) => Object.keys(req)),
        safe: op["x-safe"] === true,
      };
    }
  }
  return table;
}

/**
 * The runtime's view of one operation: only what a client reads, with defaults left out (the table ships in every
 * browser bundle, so each omitted field counts).
 */
export function runtimeOperation(op: ToolingOperation, defaultSecurity: readonly (readonly string[])[]): OperationEntry {
  const sameSecurity = JSON.stringify(op.security) === JSON.stringify(defaultSecurity);
  return {
    method: op.method,
    path: op.path,
    ...(op.pagination ? { pagination: op.pagination } : {}),
    ...(op.streaming ? { streaming: true as const } : {}),
    ...(sameSecurity ? {} : { security: op.security }),
  };
}
