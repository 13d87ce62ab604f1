import { responseKey } from "@vendor-sdks/spec-kit/operations/response-key";
import { declaredMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
import type { ToolingOperation as OperationInfo } from "@vendor-sdks/spec-kit/operations/operation-table";
import { deref, getAtPointer, pointerOf, refTarget } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";

/** One place where what came back differs from what the spec says. */
export interface Mismatch {
  readonly operationId: string;
  readonly method: string;
  /** The concrete request path. */
  readonly path: string;
  readonly status: number;
  /** JSON pointer into the response body, or into the stream event (`event`); "" for the whole of it. */
  readonly pointer: string;
  readonly kind: "undocumented-status" | "content-type" | "schema";
  /** What the spec says. */
  readonly expected: string;
  /** What came back. */
  readonly actual: string;
  /** How many array items (or stream events) showed the same mismatch (reported once). */
  readonly occurrences: number;
  /** For a stream: the first event (0-based, with its `event:` name) that showed the mismatch. */
  readonly event?: { readonly index: number; readonly name: string };
}

type Json = Record<string, unknown>;
type MismatchBase = Pick<Mismatch, "operationId" | "method" | "path" | "status" | "occurrences">;

/** What the spec says a response with this status and content type looks like. */
export type DocumentedResponse =
  | { readonly mismatch: Mismatch }
  /** The schema's pointer in the spec, or undefined when the spec promises no shape. */
  | { readonly schemaPointer: string | undefined };

export function mismatchBase(op: OperationInfo, path: string, status: number): MismatchBase {
  return { operationId: op.operationId, method: op.method.toUpperCase(), path, status, occurrences: 1 };
}

/** Is the status declared, and the content type declared for it? If so, where the body's schema is. */
export function documentedResponse(doc: Json, op: OperationInfo, path: string, status: number, contentType: string): DocumentedResponse {
  const base = mismatchBase(op, path, status);
  const responses = (getAtPointer(doc, pointerOf("paths", op.path, op.method, "responses")) ?? {}) as Json;
  const key = responseKey(responses, status);
  if (!key) {
    return { mismatch: { ...base, pointer: "", kind: "undocumented-status", expected: `one of ${Object.keys(responses).join(", ")}`, actual: `HTTP ${status}` } };
  }
  const content = (deref(doc, responses[key])?.content ?? {}) as Json;
  if (Object.keys(content).length === 0) return { schemaPointer: undefined };
  const mediaType = declaredMediaType(Object.keys(content), contentType);
  if (!mediaType) {
    return { mismatch: { ...base, pointer: "", kind: "content-type", expected: Object.keys(content).join(" or "), actual: contentType || "(none)" } };
  }
  if (!(content[mediaType] as Json | undefined)?.schema) return { schemaPointer: undefined };
  // Follow a $ref so schema paths point at the shared component.
  return { schemaPointer: `${refTarget(responses[key], pointerOf("paths", op.path, op.method, "responses", key))}${pointerOf("content", mediaType, "schema")}` };
}


/**
 * Validate `value` against the schema at `schemaPointer` and add each finding to `grouped`: a finding whose
 * pointer and schema path match an earlier one (another array item, another event) only counts as one more
 * occurrence of it.
 */
export function collectSchemaMismatches(
  validator: SpecValidator,
  schemaPointer: string,
  value: unknown,
  base: MismatchBase & Pick<Mismatch, "event">,
  grouped: Map<string, Mismatch>,
): void {
  const result = validator.validateAt(schemaPointer, value);
  if (result.ok) return;
  for (const issue of result.issues) {
    // A failing anyOf/oneOf also reports each branch's errors; the branch errors are the useful part.
    if (/anyOf|oneOf/.test(issue.message) && result.issues.length > 1) continue;
    const missing = /"missingProperty":"([^"]+)"/.exec(issue.message)?.[1];
    const at = issue.instancePath === "/" ? "" : issue.instancePath;
    const pointer = missing ? `${at}/${missing}` : at;
    const shape = `${pointer.replace(/\/\d+(?=\/|$)/g, "/*")} ${issue.schemaPath.replace(/\/\d+(?=\/|$)/g, "/*")}`;
    const existing = grouped.get(shape);
    if (existing) {
      grouped.set(shape, { ...existing, occurrences: existing.occurrences + 1 });
      continue;
    }
    grouped.set(shape, {
      ...base,
      pointer,
      kind: "schema",
      expected: missing ? `required property "${missing}"` : `${issue.message} (${issue.schemaPath})`,
      actual: missing ? "missing" : JSON.stringify(getAtPointer(value, pointer)) ?? "undefined",
    });
  }
}

/** Compare one live response with the spec: status declared, content type declared, body valid. */
export function compareResponse(
  doc: Json,
  validator: SpecValidator,
  op: OperationInfo,
  path: string,
  status: number,
  contentType: string,
  body: unknown,
): Mismatch[] {
  const documented = documentedResponse(doc, op, path, status, contentType);
  if ("mismatch" in documented) return [documented.mismatch];
  if (documented.schemaPointer === undefined) return [];
  const grouped = new Map<string, Mismatch>();
  collectSchemaMismatches(validator, documented.schemaPointer, body, mismatchBase(op, path, status), grouped);
  return [...grouped.values()];
}
