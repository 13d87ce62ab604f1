import { walkOperations } from "@vendor-sdks/spec-kit/operations/walk-operations";
import type { OpenApiDocument } from "../spec/load-bundled-spec.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";

/** One answer a caller can ask the mock for with a `Prefer` header. */
export interface Scenario {
  /** `402`, `4XX`, `default`, ... as the spec writes it. */
  readonly status: string;
  /** The named example, or undefined when the response has none (Prism serves its single example or schema). */
  readonly example: string | undefined;
  /** Whether the response declares a `Retry-After` header. */
  readonly retryAfter: boolean;
  /** The operationIds that document this status (and example). */
  readonly operations: readonly string[];
}

/** Every non-2xx status and every named example of the spec, each with the operations that have it. */
export function listScenarios(document: OpenApiDocument): { operationCount: number; scenarios: Scenario[] } {
  const byKey = new Map<string, { status: string; example: string | undefined; retryAfter: boolean; operations: string[] }>();
  let operationCount = 0;
  for (const { path, method, operation } of walkOperations(asRecord(document.paths) as Record<string, Record<string, unknown>>)) {
    operationCount++;
    const id = typeof operation.operationId === "string" ? operation.operationId : `${method.toUpperCase()} ${path}`;
    for (const [status, node] of Object.entries(asRecord(operation.responses))) {
      const response = resolve(document, node);
      const names = Object.values(asRecord(response.content)).flatMap((media) => Object.keys(asRecord(resolve(document, media).examples)));
      const retryAfter = Object.keys(asRecord(response.headers)).some((h) => h.toLowerCase() === "retry-after");
      // 2xx scenarios are only interesting when they are named; the default 2xx is what every call gets
      const examples: (string | undefined)[] = names.length > 0 ? [...new Set(names)] : status.startsWith("2") ? [] : [undefined];
      for (const example of examples) {
        const key = `${status} ${example ?? ""}`;
        const entry = byKey.get(key) ?? { status, example, retryAfter, operations: [] };
        entry.retryAfter ||= retryAfter;
        entry.operations.push(id);
        byKey.set(key, entry);
      }
    }
  }
  const scenarios = [...byKey.values()].sort((a, b) => a.status.localeCompare(b.status) || (a.example ?? "").localeCompare(b.example ?? ""));
  return { operationCount, scenarios };
}

function asRecord(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** Follow local `$ref`s (the bundle keeps shared responses and examples as references). */
function resolve(document: OpenApiDocument, node: unknown): Record<string, unknown> {
  return asRecord(deref(document, node));
}
