import { buildOperationTable, documentsSuccess, type SucceedingOperation, type ToolingOperation } from "../operations/operation-table.ts";
import { canonicalPointer, deref, getAtPointer, pointerOf } from "../spec/json-pointer.ts";
import { exampleRequest, mediaExample, type ExampleRequest } from "./example-request.ts";

type Json = Record<string, unknown>;

/** A GET the spec alone shows how to call: the operation and a request filled from its examples. */
export interface ExampleGet {
  readonly operation: SucceedingOperation;
  readonly request: ExampleRequest;
}

export interface ExampleGetOptions {
  /** Only operations that need credentials (by default they are preferred, and a public one is the fallback). */
  readonly securedOnly?: boolean;
  /** Skip operations with a required query parameter, for a caller that sends only a path. */
  readonly withoutQuery?: boolean;
}

/**
 * The first GET of the spec whose success response is JSON (not a stream) and whose required parameters all have
 * examples: a call any mock answers and any consumer would make first. One that needs credentials is preferred,
 * so the client's auth (an API key header, a token exchange) is exercised too.
 */
export function firstExampleGet(doc: Json, options: ExampleGetOptions = {}): ExampleGet | undefined {
  const gets = Object.values(buildOperationTable(doc)).filter(documentsSuccess).filter((op) => op.method === "get" && answersJson(doc, op));
  const secured = gets.filter(needsCredentials);
  const candidates = options.securedOnly ? secured : [...secured, ...gets.filter((op) => !needsCredentials(op))];
  for (const operation of candidates) {
    let request: ExampleRequest;
    try {
      request = exampleRequest(doc, pointerOf("paths", operation.path), operation);
    } catch {
      continue; // a required parameter without an example: try the next operation
    }
    if (options.withoutQuery && Object.keys(request.params.query).length > 0) continue;
    return { operation, request };
  }
  return undefined;
}

/** What the spec documents the operation answers on success: its lowest 2xx status and that response's first example. */
export function successExample(doc: Json, op: SucceedingOperation): { status: number; contentType: string; body: unknown } | undefined {
  const [contentType, media] = Object.entries(successContent(doc, op))[0] ?? [];
  const body = contentType && media ? mediaExample(doc, deref(doc, media) ?? {}) : undefined;
  return contentType && body !== undefined ? { status: op.successStatus, contentType, body } : undefined;
}

/** `[]` or `[{}]` (an empty requirement) means the operation can be called without credentials. */
function needsCredentials(op: ToolingOperation): boolean {
  return op.security.length > 0 && op.security.every((requirement) => requirement.length > 0);
}

function answersJson(doc: Json, op: ToolingOperation): boolean {
  const types = Object.keys(successContent(doc, op));
  return types.length > 0 && types.every((t) => /json/.test(t));
}

function successContent(doc: Json, op: ToolingOperation): Record<string, unknown> {
  const pointer = pointerOf("paths", op.path, op.method, "responses", String(op.successStatus), "content");
  return deref(doc, getAtPointer(doc, canonicalPointer(doc, pointer))) ?? {};
}
