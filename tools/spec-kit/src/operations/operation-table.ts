import { deref } from "../spec/json-pointer.ts";
import { HTTP_METHODS, type OperationEntry, type PaginationInfo, type StreamEventRoles } from "@vendor-sdks/runtime/internal";

/** Everything tooling knows about an operation (the runtime's table is the slim `OperationEntry`). */
export interface ToolingOperation {
  readonly operationId: string;
  readonly method: OperationEntry["method"];
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /**
   * The lowest documented 2xx status; undefined for an operation that documents none (e.g. a retired one that only
   * answers 410): it is still typed, listed and documented, but left out of whatever needs a success shape.
   */
  readonly successStatus: number | undefined;
  readonly abilities: readonly string[];
  readonly pagination: PaginationInfo | null;
  readonly streaming: boolean;
  /** `x-stream-events` of the success `text/event-stream` content, when declared. */
  readonly streamEvents?: StreamEventRoles;
  readonly requestContentTypes: readonly string[];
  /** Effective security requirement names (the operation's, else the spec's); `[]` = none. */
  readonly security: readonly (readonly string[])[];
  /** `x-safe`: a non-GET that is safe to replay against a live API. */
  readonly safe: boolean;
}


/** An operation that documents a 2xx response: what contract tests, verify and samples can call and check. */
export type SucceedingOperation = ToolingOperation & { readonly successStatus: number };

export function documentsSuccess(op: ToolingOperation): op is SucceedingOperation {
  return op.successStatus !== undefined;
}

/** One line per operation that documents no 2xx response: codegen prints them, tests and verify leave them out. */
export function noSuccessWarnings(table: Record<string, ToolingOperation>): string[] {
  return Object.values(table)
    .filter((op) => !documentsSuccess(op))
    .map((op) => `${op.operationId} (${op.method.toUpperCase()} ${op.path}) documents no 2xx response: typed and documented, but not called by contract tests or verify.`);
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
      const success = successStatus === undefined ? undefined : deref(doc, responses[String(successStatus)]);
      const successContent = (success?.content ?? {}) as Json;
      const requestBody = deref(doc, op.requestBody);
      const streamEvents = readStreamEvents(doc, operationId, successContent["text/event-stream"] as Json | undefined);
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
        ...(streamEvents ? { streamEvents } : {}),
        requestContentTypes: Object.keys((requestBody?.content ?? {}) as Json),
        security: security.map((req) => Object.keys(req)),
        safe: op["x-safe"] === true,
      };
    }
  }
  return table;
}

/**
 * A stream's `x-stream-events` (specs/EXTENSIONS.md), checked: `{terminal?, error?}`, each a list of event names that
 * the stream's event schema defines (an `event` const or enum of one of its branches).
 */
function readStreamEvents(doc: Json, operationId: string, media: Json | undefined): StreamEventRoles | undefined {
  const raw = media?.["x-stream-events"];
  if (raw === undefined) return undefined;
  const where = `${operationId}: x-stream-events`;
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) throw new Error(`${where} must be an object {terminal?, error?}.`);
  const roles = raw as Record<string, unknown>;
  const defined = eventNames(doc, media?.schema);
  for (const [key, names] of Object.entries(roles)) {
    if (key !== "terminal" && key !== "error") throw new Error(`${where} has an unknown key "${key}" (expected terminal, error).`);
    if (!Array.isArray(names) || names.length === 0 || !names.every((n) => typeof n === "string" && n !== "")) {
      throw new Error(`${where}.${key} must be a non-empty list of event names.`);
    }
    const unknown = names.filter((n: string) => !defined.has(n));
    if (unknown.length > 0) throw new Error(`${where}.${key} names ${unknown.join(", ")}, which the event schema does not define (it has: ${[...defined].join(", ") || "none"}).`);
  }
  return roles as StreamEventRoles;
}

/** The event names a stream's schema defines: `event` consts and enums of its branches, through `$ref`s. */
function eventNames(doc: Json, node: unknown, depth = 0): Set<string> {
  const names = new Set<string>();
  const schema = deref(doc, node);
  if (!schema || depth > 16) return names;
  for (const key of ["anyOf", "oneOf", "allOf"]) {
    for (const branch of (schema[key] ?? []) as unknown[]) for (const n of eventNames(doc, branch, depth + 1)) names.add(n);
  }
  const event = deref(doc, (schema.properties as Json | undefined)?.event);
  if (typeof event?.const === "string") names.add(event.const);
  for (const value of (event?.enum ?? []) as unknown[]) if (typeof value === "string") names.add(value);
  return names;
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
    ...(op.streamEvents ? { streamEvents: op.streamEvents } : {}),
    ...(sameSecurity ? {} : { security: op.security }),
  };
}
