import { HTTP_METHODS } from "@vendor-sdks/runtime/internal";
import { pointerOf } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { Json } from "./diff-context.ts";
import { isObject, locate, type Located } from "./located.ts";


export interface OperationRef {
  /** Matching key: method + path with parameter names erased, so renaming `{id}` is a parameter change. */
  readonly key: string;
  /** The path (or webhook) the operation belongs to, for reporting a whole path as removed or added. */
  readonly group: string;
  /** `POST /bots/{id}` or `webhook post_call_transcription POST`. */
  readonly label: string;
  readonly kind: "path" | "webhook";
  /** Path template as written, for locating path parameters by position. */
  readonly template: string;
  readonly pathItem: Located;
  readonly operation: Located;
}

/** Every operation of a bundled document, keyed for matching across versions. */
export function listOperations(doc: Json): Map<string, OperationRef> {
  const operations = new Map<string, OperationRef>();
  for (const kind of ["paths", "webhooks"] as const) {
    const items = doc[kind];
    if (!isObject(items)) continue;
    for (const [name, item] of Object.entries(items)) {
      const pathItem = locate(doc, item, pointerOf(kind, name));
      if (!pathItem) continue;
      const group = kind === "paths" ? name.replace(/\{[^}]*\}/g, "{}") : `webhook ${name}`;
      for (const method of HTTP_METHODS) {
        const operation = locate(doc, pathItem.node[method], `${pathItem.pointer}/${method}`);
        if (!operation) continue;
        const upper = method.toUpperCase();
        const entry: OperationRef = {
          key: `${upper} ${group}`,
          group,
          label: kind === "paths" ? `${upper} ${name}` : `webhook ${name} ${upper}`,
          kind: kind === "paths" ? "path" : "webhook",
          template: name,
          pathItem,
          operation,
        };
        operations.set(entry.key, entry);
      }
    }
  }
  return operations;
}
