import { pointerSegment } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { Json } from "./diff-context.ts";
import { child, isObject, locate, type Located } from "./located.ts";

/** The JSON types a value of the schema may have, or undefined when the schema does not say (any type). */
export function typesOf(doc: Json, schema: Located, depth = 0): Set<string> | undefined {
  const { node } = schema;
  if (typeof node.type === "string") return new Set([node.type]);
  if (Array.isArray(node.type)) return new Set(node.type.filter((t): t is string => typeof t === "string"));
  const variants = variantsOf(doc, schema);
  if (variants && depth < 16) {
    const all = new Set<string>();
    for (const variant of variants) {
      const types = typesOf(doc, variant, depth + 1);
      if (!types) return undefined; // one open variant makes the union open
      for (const t of types) all.add(t);
    }
    return all;
  }
  const values = enumOf(doc, schema);
  if (values) return new Set(values.map(jsonTypeOf));
  if (Array.isArray(node.allOf) && depth < 16) {
    for (const [i, member] of node.allOf.entries()) {
      const located = locate(doc, member, `${schema.pointer}/allOf/${i}`);
      const types = located && typesOf(doc, located, depth + 1);
      if (types) return types;
    }
  }
  return undefined;
}

/** True when `types` admits every value of type `type` (an integer is a number). */
export function admits(types: ReadonlySet<string>, type: string): boolean {
  return types.has(type) || (type === "integer" && types.has("number"));
}

/** The values an `enum`/`const` (or a union made only of them) allows, or undefined when not enumerated. */
export function enumOf(doc: Json, schema: Located, depth = 0): unknown[] | undefined {
  const { node } = schema;
  if (Array.isArray(node.enum)) return node.enum as unknown[];
  if ("const" in node) return [node.const];
  const variants = variantsOf(doc, schema);
  if (!variants || depth >= 16) return undefined;
  const values: unknown[] = [];
  for (const variant of variants) {
    const own = enumOf(doc, variant, depth + 1);
    if (!own) return undefined;
    values.push(...own);
  }
  return values;
}

/** The members of an `anyOf`/`oneOf`, each located at its own `$ref` target. */
export function variantsOf(doc: Json, schema: Located): Located[] | undefined {
  const keyword = Array.isArray(schema.node.anyOf) ? "anyOf" : Array.isArray(schema.node.oneOf) ? "oneOf" : undefined;
  if (!keyword) return undefined;
  return (schema.node[keyword] as unknown[])
    .map((member, i) => locate(doc, member, `${schema.pointer}/${keyword}/${i}`))
    .filter((v): v is Located => v !== undefined);
}

export interface Property {
  /** Where the property is declared (not its `$ref` target): what a "field removed" points at. */
  readonly declaredAt: string;
  readonly schema: Located | undefined;
}

export interface ObjectShape {
  readonly properties: ReadonlyMap<string, Property>;
  readonly required: ReadonlySet<string>;
  /** Where the `required` list that names a field lives, for fields required without a declared property. */
  readonly requiredAt: ReadonlyMap<string, string>;
}

/** Properties and required names of an object schema, merged across its `allOf` members. */
export function objectShape(doc: Json, schema: Located): ObjectShape {
  const properties = new Map<string, Property>();
  const required = new Set<string>();
  const requiredAt = new Map<string, string>();
  const seen = new Set<string>();
  const collect = (s: Located): void => {
    if (seen.has(s.pointer)) return;
    seen.add(s.pointer);
    if (isObject(s.node.properties)) {
      const declared = child(doc, s, "properties");
      for (const name of Object.keys(s.node.properties)) {
        const at = `${s.pointer}/properties/${pointerSegment(name)}`;
        if (!properties.has(name)) properties.set(name, { declaredAt: at, schema: declared && child(doc, declared, name) });
      }
    }
    if (Array.isArray(s.node.required)) {
      for (const name of s.node.required) {
        if (typeof name !== "string") continue;
        required.add(name);
        if (!requiredAt.has(name)) requiredAt.set(name, `${s.pointer}/required`);
      }
    }
    if (Array.isArray(s.node.allOf)) {
      for (const [i, member] of s.node.allOf.entries()) {
        const located = locate(doc, member, `${s.pointer}/allOf/${i}`);
        if (located) collect(located);
      }
    }
  };
  collect(schema);
  return { properties, required, requiredAt };
}

export function jsonTypeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
