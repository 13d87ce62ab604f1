import type { OpenApiDocument } from "../spec/load-bundled-spec.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { pointerSegments } from "@vendor-sdks/spec-kit/spec/json-pointer";

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

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

/** Every non-2xx status and every named example of the spec, each with the operations that have it. */
export function listScenarios(document: OpenApiDocument): { operationCount: number; scenarios: Scenario[] } {
  const byKey = new Map<string, { status: string; example: string | undefined; retryAfter: boolean; operations: string[] }>();
  let operationCount = 0;
  for (const [path, item] of Object.entries(asRecord(document.paths))) {
    for (const method of METHODS) {
      const operation = asRecord(asRecord(item)[method]);
      if (Object.keys(operation).length === 0) continue;
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
  }
  const scenarios = [...byKey.values()].sort((a, b) => a.status.localeCompare(b.status) || (a.example ?? "").localeCompare(b.example ?? ""));
  return { operationCount, scenarios };
}

function asRecord(value: unknown): Record<string, unknown> {
  return isObject(value) ? value : {};
}

/** Follow local `$ref`s (the bundle keeps shared responses and examples as references). */
function resolve(document: OpenApiDocument, node: unknown): Record<string, unknown> {
  let current = asRecord(node);
  for (let hops = 0; typeof current.$ref === "string" && current.$ref.startsWith("#/") && hops < 32; hops++) {
    // a `$ref` is a URI fragment: percent-decode it to get the JSON pointer (RFC 6901, section 6)
    const segments = pointerSegments(decodeURIComponent(current.$ref.slice(1)));
    current = asRecord(segments.reduce<unknown>((n, key) => asRecord(n)[key], document));
  }
  return current;
}
