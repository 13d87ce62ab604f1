import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { OpenApiDocument, Reference } from "./openapi-types.ts";

export function isReference(value: unknown): value is Reference {
  return typeof value === "object" && value !== null && typeof (value as Reference).$ref === "string";
}

/**
 * Follow local `$ref`s to a concrete object. A bundled spec only has local refs; a dangling, non-local or
 * circular one is a bundling bug, so it fails loudly instead of producing a wrong sample.
 */
export function resolve<T>(doc: OpenApiDocument, value: T | Reference): T {
  if (!isReference(value)) return value;
  const target = deref(doc, value);
  if (!target) throw new Error(`Cannot resolve $ref "${value.$ref}" in the bundled spec (dangling, non-local or circular).`);
  return target as T;
}
