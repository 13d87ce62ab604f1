import type { OpenApiDocument, SchemaObject } from "../spec/openapi-types.ts";
import { resolve } from "../spec/resolve-ref.ts";
import { inlineCode, oneLine } from "./markdown-text.ts";

/** Nesting shown before an outline stops with "…": deep enough for every envelope in the specs, bounded for cycles. */
const MAX_DEPTH = 6;
const MAX_ENUM_VALUES = 12;

/**
 * A JSON Schema as a Markdown bullet outline: one line per property with its type, constraints and description,
 * nested objects and array items indented below it, `oneOf`/`anyOf` variants listed. `$ref`s are followed (their
 * schema name shown); a schema that contains itself is named, not expanded again.
 */
export function schemaOutline(doc: OpenApiDocument, schema: SchemaObject): string[] {
  const root = view(doc, schema);
  return [`- ${summaryLine(doc, root)}`, ...nested(doc, root, 1, new Set())];
}

/** A schema's type and constraints on one line, without its description: for a parameter or header table. */
export function schemaTypeLine(doc: OpenApiDocument, schema: SchemaObject): string {
  const node = view(doc, schema);
  return [typeLabel(doc, node), ...constraints(node.schema)].join(", ");
}

/** A schema with its `$ref` followed and `allOf` merged, remembering the name it was referenced by. */
interface SchemaView {
  readonly schema: SchemaObject;
  readonly refName?: string;
}

function view(doc: OpenApiDocument, schema: SchemaObject): SchemaView {
  let refName: string | undefined;
  let current = schema;
  for (let hops = 0; typeof current.$ref === "string"; hops++) {
    if (hops > 16) throw new Error(`$ref "${current.$ref}" leads only to further $refs (a cycle of references?)`);
    refName = current.$ref.split("/").pop();
    const { $ref: _ref, ...siblings } = current;
    current = { ...resolve<SchemaObject>(doc, { $ref: current.$ref }), ...siblings }; // 3.1: siblings override
  }
  if (current.allOf?.length) current = mergeAllOf(doc, current);
  return refName ? { schema: current, refName } : { schema: current };
}

function mergeAllOf(doc: OpenApiDocument, schema: SchemaObject): SchemaObject {
  const { allOf = [], ...own } = schema;
  const merged: SchemaObject = { properties: {}, required: [] };
  for (const part of [...allOf.map((p) => view(doc, p).schema), own]) {
    for (const [key, value] of Object.entries(part)) {
      if (key === "properties") merged.properties = { ...merged.properties, ...(value as Record<string, SchemaObject>) };
      else if (key === "required") merged.required = [...(merged.required ?? []), ...(value as string[])];
      else merged[key] = value;
    }
  }
  if (Object.keys(merged.properties ?? {}).length === 0) delete merged.properties;
  return merged;
}

function typeLabel(doc: OpenApiDocument, { schema, refName }: SchemaView, arrayDepth = 0): string {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  let label: string;
  if (types.includes("array") || schema.items) {
    // an array of itself (a tree) would otherwise never end
    const item = !schema.items ? "any" : arrayDepth >= 3 ? "array" : typeLabel(doc, view(doc, schema.items), arrayDepth + 1);
    label = [`array of ${item}`, ...types.filter((t) => t !== "array")].join(" or ");
  } else if (types.length > 0) label = types.join(" or ");
  else if (schema.oneOf) label = "one of";
  else if (schema.anyOf) label = "any of";
  else if (schema.properties) label = "object";
  else if ("const" in schema) label = typeof schema.const === "string" ? "string" : typeof schema.const;
  else label = "any";
  return refName ? `${label} (${refName})` : label;
}

function constraints(schema: SchemaObject): string[] {
  const notes: string[] = [];
  if (schema.format) notes.push(`format ${schema.format}`);
  if ("const" in schema) notes.push(`always ${inlineCode(JSON.stringify(schema.const))}`);
  if (schema.enum) {
    const shown = schema.enum.slice(0, MAX_ENUM_VALUES).map((v) => inlineCode(JSON.stringify(v)));
    notes.push(`one of ${shown.join(", ")}${schema.enum.length > MAX_ENUM_VALUES ? `, … (${schema.enum.length} values)` : ""}`);
  }
  for (const key of ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems"] as const) {
    if (typeof schema[key] === "number") notes.push(`${key} ${String(schema[key])}`);
  }
  if (typeof schema.pattern === "string") notes.push(`pattern ${inlineCode(schema.pattern)}`);
  if (schema.default !== undefined) notes.push(`default ${inlineCode(JSON.stringify(schema.default))}`);
  if (schema.readOnly === true) notes.push("read-only");
  if (schema.writeOnly === true) notes.push("write-only");
  if (schema.deprecated === true) notes.push("deprecated");
  return notes;
}

function summaryLine(doc: OpenApiDocument, node: SchemaView, name?: string, required?: boolean): string {
  const parts = [typeLabel(doc, node)];
  if (required) parts.push("required");
  parts.push(...constraints(node.schema));
  const description = typeof node.schema.description === "string" ? oneLine(node.schema.description) : "";
  return `${name === undefined ? "" : `${inlineCode(name)} `}${parts.join(", ")}${description ? `: ${description}` : ""}`;
}

/** What sits below a schema's line, at `depth`: nothing for a scalar, a back-reference for a cycle, "…" when too deep. */
function nested(doc: OpenApiDocument, node: SchemaView, depth: number, seen: ReadonlySet<string>): string[] {
  if (!hasChildren(node.schema)) return [];
  const indent = "  ".repeat(depth);
  if (node.refName && seen.has(node.refName)) return [`${indent}- (recursive: ${inlineCode(node.refName)}, as above)`];
  if (depth > MAX_DEPTH) return [`${indent}- …`];
  return children(doc, node, depth, node.refName ? new Set([...seen, node.refName]) : seen);
}

/** Properties, map values, array items and variants of a schema, one line each with their own content below. */
function children(doc: OpenApiDocument, { schema }: SchemaView, depth: number, seen: ReadonlySet<string>): string[] {
  const indent = "  ".repeat(depth);
  const lines: string[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, propertySchema] of Object.entries(schema.properties ?? {})) {
    const property = view(doc, propertySchema);
    lines.push(`${indent}- ${summaryLine(doc, property, name, required.has(name))}`, ...nested(doc, property, depth + 1, seen));
  }
  if (schema.additionalProperties && typeof schema.additionalProperties === "object") {
    const value = view(doc, schema.additionalProperties as SchemaObject);
    lines.push(`${indent}- ${inlineCode("{key}")} ${summaryLine(doc, value)}`, ...nested(doc, value, depth + 1, seen));
  }
  // An array's line already says "array of X": the items' own content goes at the same depth.
  if (schema.items) lines.push(...nested(doc, view(doc, schema.items), depth, seen));
  for (const keyword of ["oneOf", "anyOf"] as const) {
    (schema[keyword] ?? []).forEach((variantSchema, index) => {
      const variant = view(doc, variantSchema);
      const title = typeof variant.schema.title === "string" ? ` ${oneLine(variant.schema.title)}` : "";
      lines.push(`${indent}- ${keyword === "oneOf" ? "option" : "variant"} ${index + 1}${title}: ${summaryLine(doc, variant)}`, ...nested(doc, variant, depth + 1, seen));
    });
  }
  return lines;
}

function hasChildren(schema: SchemaObject): boolean {
  return Boolean(schema.properties || schema.oneOf || schema.anyOf || schema.items || (schema.additionalProperties && typeof schema.additionalProperties === "object"));
}
