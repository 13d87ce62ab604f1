import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import type { DocumentedResponse } from "./documented-response.js";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { acceptsArray, declaredProperties } from "./schema-shape.js";

/**
 * Where a response carries its resource, found from the documented example: from the `x-envelope.data` member (or
 * the body), the first object that has the id field, going down through the one member object that has it
 * (`{"batch": {…}, "warning": "…"}`) or a lone member object (`{"session": {…}}`); the envelope member itself when nothing below has the id; the body itself when
 * the example is an empty object of an open schema (a shape the vendor has not published). Undefined when the
 * response carries no resource (`{"ok": true}`, a message only).
 */
export function objectLocation(document: Record<string, unknown>, response: DocumentedResponse | undefined, envelopeData: string | undefined, idField: string): string | undefined {
  const example = response?.example;
  const enveloped = envelopeData !== undefined && isObject(getAtPointer(example, envelopeData));
  const start = enveloped ? (envelopeData as string) : "";
  let pointer = start;
  let value = getAtPointer(example, start);
  for (let depth = 0; depth < MAX_DEPTH && isObject(value); depth++) {
    if (value[idField] !== undefined) return pointer;
    const keys = Object.keys(value);
    const objects = keys.filter((key) => isObject((value as Record<string, unknown>)[key]));
    if (keys.length === 0 && pointer === "" && declaredProperties(document, response?.schema) === undefined) return "";
    const withId = objects.filter((key) => isObject(value) && isObject(value[key]) && (value[key] as Record<string, unknown>)[idField] !== undefined);
    const key = withId.length === 1 ? withId[0] : objects.length === 1 && keys.length <= 2 ? objects[0] : undefined;
    if (key === undefined) break;
    pointer = `${pointer}/${escape(key)}`;
    value = value[key];
  }
  return enveloped ? start : undefined;
}

// how far below the body (or envelope member) a resource is looked for
const MAX_DEPTH = 3;

/**
 * Where a list response carries its items: `x-pagination.items`, the `x-envelope.data` member, the body itself, or
 * its one array member, wherever the documented example has an array; the body itself when the example is an empty
 * object of a schema that accepts an array (a list whose shape the vendor has not published).
 */
export function listLocation(document: Record<string, unknown>, response: DocumentedResponse | undefined, envelopeData: string | undefined, paginationItems: string | undefined): string | undefined {
  const example = response?.example;
  for (const pointer of [paginationItems, envelopeData, ""]) {
    if (pointer !== undefined && Array.isArray(getAtPointer(example, pointer))) return pointer;
  }
  if (!isObject(example)) return undefined;
  const arrays = Object.keys(example).filter((key) => Array.isArray(example[key]));
  if (arrays.length === 1) return `/${escape(arrays[0] as string)}`;
  if (Object.keys(example).length === 0 && acceptsArray(document, response?.schema)) return "";
  return undefined;
}

function escape(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
