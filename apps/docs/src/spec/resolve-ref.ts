import type { OpenApiDocument, Reference } from "./openapi-types.ts";

export function isReference(value: unknown): value is Reference {
  return typeof value === "object" && value !== null && typeof (value as Reference).$ref === "string";
}

/**
 * Follow local `$ref`s (`#/components/...`) until a concrete object. A bundled spec only has local refs;
 * anything else is a bundling bug, so it fails loudly instead of producing a wrong sample.
 */
export function resolve<T>(doc: OpenApiDocument, value: T | Reference): T {
  let current: unknown = value;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Cannot resolve non-local $ref "${ref}" in a bundled spec.`);
    if (seen.has(ref)) throw new Error(`Circular $ref "${ref}".`);
    seen.add(ref);
    current = ref
      .slice(2)
      .split("/")
      .map((part) => decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], doc);
    if (current === undefined) throw new Error(`Dangling $ref "${ref}".`);
  }
  return current as T;
}
