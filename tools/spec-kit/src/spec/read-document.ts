import { getAtPointer } from "./json-pointer.js";

/** Small readers for parsed JSON (a bundled spec, a response body), shared so every module applies the same rules. */

/** A JSON object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The spec's `x-envelope.error`: the JSON pointer to the vendor's error message in an error body. Anything that
 * is not a pointer (a string starting with `/`) is treated as absent, by the mock's error bodies and by the scenario
 * listing alike, so the listing never promises a message the mock would not write.
 */
export function envelopeErrorPointer(document: Record<string, unknown>): string | undefined {
  const envelope = document["x-envelope"];
  const pointer = isObject(envelope) ? envelope.error : undefined;
  return typeof pointer === "string" && pointer.startsWith("/") ? pointer : undefined;
}

/** `node`, or what its local `$ref` (`#/components/…`) points at, followed until it is not a reference. */
export function resolveLocalRef(document: Record<string, unknown>, node: unknown): unknown {
  let current = node;
  for (let hops = 0; hops < 20 && isObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/"); hops++) {
    current = getAtPointer(document, current.$ref);
  }
  return current;
}
