import type { ToolingOperation as OperationInfo } from "../codegen/operation-table.ts";
import { deref, getAtPointer, pointerOf, refTarget } from "../spec/json-pointer.ts";
import type { SpecValidator } from "../validation/spec-validator.ts";

/** One place where what came back differs from what the spec says. */
export interface Mismatch {
  readonly operationId: string;
  readonly method: string;
  /** The concrete request path. */
  readonly path: string;
  readonly status: number;
  /** JSON pointer into the response body ("" for the whole response). */
  readonly pointer: string;
  readonly kind: "undocumented-status" | "content-type" | "schema";
  /** What the spec says. */
  readonly expected: string;
  /** What came back. */
  readonly actual: string;
  /** How many array items showed the same mismatch (reported once). */
  readonly occurrences: number;
}

type Json = Record<string, unknown>;

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
  const base = { operationId: op.operationId, method: op.method.toUpperCase(), path, status, occurrences: 1 };
  const responses = (getAtPointer(doc, pointerOf("paths", op.path, op.method, "responses")) ?? {}) as Json;
  const key = String(status) in responses ? String(status) : `${String(status)[0]}XX` in responses ? `${String(status)[0]}XX` : "default" in responses ? "default" : undefined;
  if (!key) {
    return [{ ...base, pointer: "", kind: "undocumented-status", expected: `one of ${Object.keys(responses).join(", ")}`, actual: `HTTP ${status}` }];
  }
  const response = deref(doc, responses[key]);
  const content = (response?.content ?? {}) as Json;
  if (Object.keys(content).length === 0) return [];
  if (!(contentType in content)) {
    return [{ ...base, pointer: "", kind: "content-type", expected: Object.keys(content).join(" or "), actual: contentType || "(none)" }];
  }
  if (!(content[contentType] as Json | undefined)?.schema) return []; // the spec promises no shape
  const responseAt = pointerOf("paths", op.path, op.method, "responses", key);
  // Follow a $ref so schema paths point at the shared component.
  const schemaPointer = `${refTarget(responses[key], responseAt)}${pointerOf("content", contentType, "schema")}`;
  const result = validator.validateAt(schemaPointer, body);
  if (result.ok) return [];
  const grouped = new Map<string, Mismatch>();
  for (const issue of result.issues) {
    // A failing anyOf/oneOf also reports each branch's errors; the branch errors are the useful part.
    if (/anyOf|oneOf/.test(issue.message) && result.issues.length > 1) continue;
    const missing = /"missingProperty":"([^"]+)"/.exec(issue.message)?.[1];
    const pointer = missing ? `${issue.instancePath === "/" ? "" : issue.instancePath}/${missing}` : issue.instancePath === "/" ? "" : issue.instancePath;
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
      actual: missing ? "missing" : JSON.stringify(getAtPointer(body, pointer)) ?? "undefined",
    });
  }
  return [...grouped.values()];
}

