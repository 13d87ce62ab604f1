import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";

/** What the mock needs to know of a response schema to keep stored objects valid against it, refs followed. */

/** The properties a schema declares (its own and its `allOf` members'), or undefined when it declares none. */
export function declaredProperties(document: Record<string, unknown>, schema: unknown): Map<string, unknown> | undefined {
  const found = new Map<string, unknown>();
  collect(document, schema, found, 0);
  return found.size > 0 ? found : undefined;
}

function collect(document: Record<string, unknown>, schema: unknown, into: Map<string, unknown>, depth: number): void {
  const resolved = resolveLocalRef(document, schema);
  if (!isObject(resolved) || depth > 10) return;
  for (const [name, property] of Object.entries(isObject(resolved.properties) ? resolved.properties : {})) into.set(name, property);
  for (const member of Array.isArray(resolved.allOf) ? resolved.allOf : []) collect(document, member, into, depth + 1);
}

/** The required property names of a schema (and of its `allOf` members). */
export function requiredProperties(document: Record<string, unknown>, schema: unknown): string[] {
  const resolved = resolveLocalRef(document, schema);
  if (!isObject(resolved)) return [];
  const own = Array.isArray(resolved.required) ? resolved.required.filter((r): r is string => typeof r === "string") : [];
  return [...own, ...(Array.isArray(resolved.allOf) ? resolved.allOf.flatMap((member) => requiredProperties(document, member)) : [])];
}

/** Whether the schema forbids properties it does not declare. */
export function isClosed(document: Record<string, unknown>, schema: unknown): boolean {
  const resolved = resolveLocalRef(document, schema);
  return isObject(resolved) && resolved.additionalProperties === false;
}

/** The schema of the value at `pointer` segments below `schema` (through `properties`, `items` for array indexes). */
export function schemaAt(document: Record<string, unknown>, schema: unknown, segments: readonly string[]): unknown {
  let current = schema;
  for (const segment of segments) {
    const resolved = resolveLocalRef(document, current);
    if (!isObject(resolved)) return undefined;
    if (/^\d+$/.test(segment) && resolved.items !== undefined) current = resolved.items;
    else current = declaredProperties(document, resolved)?.get(segment) ?? branchProperty(document, resolved, segment);
  }
  return current;
}

function branchProperty(document: Record<string, unknown>, schema: Record<string, unknown>, name: string): unknown {
  for (const branch of [...(Array.isArray(schema.anyOf) ? schema.anyOf : []), ...(Array.isArray(schema.oneOf) ? schema.oneOf : [])]) {
    const property = declaredProperties(document, branch)?.get(name);
    if (property !== undefined) return property;
  }
  return undefined;
}

/** The item schema of an array schema (or of the array branch of an `anyOf`/`oneOf`). */
export function itemsOf(document: Record<string, unknown>, schema: unknown): unknown {
  const resolved = resolveLocalRef(document, schema);
  if (!isObject(resolved)) return undefined;
  if (resolved.items !== undefined) return resolved.items;
  for (const branch of [...(Array.isArray(resolved.anyOf) ? resolved.anyOf : []), ...(Array.isArray(resolved.oneOf) ? resolved.oneOf : [])]) {
    const items = itemsOf(document, branch);
    if (items !== undefined) return items;
  }
  return undefined;
}

/** Whether the schema accepts a JSON array at its root (an `anyOf` with an array branch counts). */
export function acceptsArray(document: Record<string, unknown>, schema: unknown): boolean {
  const resolved = resolveLocalRef(document, schema);
  if (!isObject(resolved)) return false;
  if (typesOf(resolved)?.includes("array")) return true;
  return [...(Array.isArray(resolved.anyOf) ? resolved.anyOf : []), ...(Array.isArray(resolved.oneOf) ? resolved.oneOf : [])].some((branch) => acceptsArray(document, branch));
}

/**
 * Whether `value` fits `schema` as far as its JSON type, `enum` and `const` go (branches of `anyOf`/`oneOf` and
 * `allOf` members followed): enough to keep a request field of another type (a JSON object where the response has a
 * JSON-encoded string, say) out of a stored resource.
 */
export function fits(document: Record<string, unknown>, value: unknown, schema: unknown, depth = 0): boolean {
  const resolved = resolveLocalRef(document, schema);
  if (!isObject(resolved) || depth > 10) return true; // no schema (or `{}`): anything goes
  if (resolved.const !== undefined && JSON.stringify(resolved.const) !== JSON.stringify(value)) return false;
  if (Array.isArray(resolved.enum) && !resolved.enum.some((option) => JSON.stringify(option) === JSON.stringify(value))) return false;
  const types = typesOf(resolved);
  if (types && !types.some((type) => hasType(value, type))) return false;
  if (Array.isArray(value) && resolved.items !== undefined && !value.every((item) => fits(document, item, resolved.items, depth + 1))) return false;
  if (isObject(value)) {
    const properties = declaredProperties(document, resolved);
    for (const [name, property] of properties ?? []) {
      if (value[name] !== undefined && !fits(document, value[name], property, depth + 1)) return false;
    }
  }
  const branches = [...(Array.isArray(resolved.anyOf) ? resolved.anyOf : []), ...(Array.isArray(resolved.oneOf) ? resolved.oneOf : [])];
  if (branches.length > 0 && !branches.some((branch) => fits(document, value, branch, depth + 1))) return false;
  return (Array.isArray(resolved.allOf) ? resolved.allOf : []).every((member) => fits(document, value, member, depth + 1));
}

function typesOf(schema: Record<string, unknown>): string[] | undefined {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === "string");
  return undefined;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    default:
      return typeof value === type;
  }
}

/**
 * `value` as `schema` shows it: only the properties the schema declares (all of them when it declares none), and
 * any required property it lacks taken from `fallback` (a documented example of that schema).
 */
export function shapeAs(document: Record<string, unknown>, value: Record<string, unknown>, schema: unknown, fallback?: unknown): Record<string, unknown> {
  const properties = declaredProperties(document, schema);
  const shaped = properties === undefined ? { ...value } : Object.fromEntries(Object.entries(value).filter(([name]) => properties.has(name)));
  if (isObject(fallback)) {
    for (const name of requiredProperties(document, schema)) if (shaped[name] === undefined && fallback[name] !== undefined) shaped[name] = structuredClone(fallback[name]);
  }
  return shaped;
}
