import type { ToolingOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { canonicalPointer, deref, getAtPointer, pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { formatIssues, type SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { declaredMediaType, isJsonMediaType, mediaTypeOf } from "@vendor-sdks/spec-kit/spec/media-type";

type Json = Record<string, unknown>;

/** A response as it came off the wire: nothing parsed yet. */
export interface ReceivedResponse {
  readonly status: number;
  /** The `Content-Type` header, or null when there was none. */
  readonly contentType: string | null;
  readonly body: Uint8Array;
}

/** What the spec says a response of some status carries: its `content` map, and where that response lives. */
export interface DeclaredResponse {
  readonly pointer: string;
  readonly content: Json;
}

/** The response the spec declares for `status`; fails, naming the operation, when it declares none. */
export function declaredResponse(doc: Json, op: Pick<ToolingOperation, "operationId" | "path" | "method">, status: number): DeclaredResponse {
  const pointer = pointerOf("paths", op.path, op.method, "responses", String(status));
  const response = deref(doc, getAtPointer(doc, canonicalPointer(doc, pointer)));
  if (!response) throw new Error(`${op.operationId}: the spec declares no ${status} response.`);
  return { pointer, content: (response.content ?? {}) as Json };
}

/**
 * Fails, naming the operation and status, unless the body is what the spec declares for that status: no body
 * where it declares no content; otherwise a non-empty body of a declared media type that validates as that type
 * says (JSON parsed and checked against its schema, text checked as a string, binary only present).
 */
export function expectValidResponse(validator: SpecValidator, op: Pick<ToolingOperation, "operationId" | "path" | "method">, received: ReceivedResponse): void {
  const doc = validator.document;
  const where = `${op.operationId}: ${received.status}`;
  const declared = declaredResponse(doc, op, received.status);
  const types = Object.keys(declared.content);
  if (types.length === 0) {
    if (received.body.length > 0) throw new Error(`${where} declares no content, but the response has a ${received.body.length}-byte body (${received.contentType ?? "no Content-Type"}): ${preview(received.body)}`);
    return;
  }
  if (received.body.length === 0) throw new Error(`${where} declares a body (${types.join(" or ")}), but the response body is empty.`);
  const mediaType = declaredMediaType(types, mediaTypeOf(received.contentType));
  if (mediaType === undefined) throw new Error(`${where} answered with Content-Type ${received.contentType ?? "(none)"}, but the spec declares ${types.join(" or ")}.`);
  const schemaPointer = `${declared.pointer}${pointerOf("content", mediaType, "schema")}`;
  const schema = deref(doc, getAtPointer(doc, canonicalPointer(doc, schemaPointer)));
  const value = bodyValue(where, mediaType, schema, received.body);
  if (value === BINARY || !schema) return;
  const check = validator.validateAt(schemaPointer, value);
  if (!check.ok) throw new Error(`${where} ${mediaType} body does not validate\n${formatIssues(check.issues)}`);
}

const BINARY = Symbol("binary body");

/** The body as its media type reads it: parsed JSON, a string, or {@link BINARY} for bytes no schema can check. */
function bodyValue(where: string, mediaType: string, schema: Json | undefined, body: Uint8Array): unknown {
  if (isJsonMediaType(mediaType)) {
    const text = utf8(where, mediaType, body);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new Error(`${where} ${mediaType} body is not JSON (${(error as Error).message}): ${preview(body)}`);
    }
  }
  if (declaresBinary(mediaType, schema)) return BINARY;
  return utf8(where, mediaType, body);
}

/**
 * Bytes rather than text: a schema saying so (`format: binary`, OpenAPI 3.1's `contentMediaType` or
 * `contentEncoding`), or no schema on a media type that is not `text/*`.
 */
function declaresBinary(mediaType: string, schema: Json | undefined): boolean {
  if (!schema) return !mediaTypeOf(mediaType).startsWith("text/");
  return schema.format === "binary" || schema.contentMediaType !== undefined || schema.contentEncoding !== undefined;
}

function utf8(where: string, mediaType: string, body: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new Error(`${where} ${mediaType} body is not UTF-8 text: ${preview(body)}`);
  }
}

/** The start of a body, for a failure message. */
export function preview(body: Uint8Array): string {
  const text = new TextDecoder().decode(body.subarray(0, 200));
  return JSON.stringify(body.length > 200 ? `${text}…` : text);
}
