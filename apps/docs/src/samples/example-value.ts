import type { ExampleObject, OpenApiDocument, Reference, SchemaObject } from "../spec/openapi-types.ts";
import { resolve } from "../spec/resolve-ref.ts";

/** Deep enough for any request body we document; stops recursive schemas from looping. */
const MAX_DEPTH = 6;

/** The first value of an OpenAPI `examples` map (`{ name: { value } }`), if any. */
export function firstNamedExample(doc: OpenApiDocument, examples: Record<string, ExampleObject | Reference> | undefined): unknown {
  for (const example of Object.values(examples ?? {})) {
    const value = resolve(doc, example).value;
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * An example value for a schema: the spec's own example, default, const or first enum value when it has one,
 * otherwise a value built from the schema's type (required properties only), so a sample always type-checks.
 */
export function exampleFromSchema(doc: OpenApiDocument, schemaOrRef: SchemaObject | undefined, depth = 0): unknown {
  if (!schemaOrRef) return {};
  const schema = resolve(doc, schemaOrRef as SchemaObject | Reference);
  const stated = statedExample(schema);
  if (stated !== undefined) return stated;
  if (depth > MAX_DEPTH) return undefined;

  if (schema.allOf?.length) {
    return schema.allOf
      .map((part) => exampleFromSchema(doc, part, depth + 1))
      .reduce<unknown>((merged, part) => (isPlainObject(merged) && isPlainObject(part) ? { ...merged, ...part } : part), {});
  }
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return exampleFromSchema(doc, choice, depth + 1);

  switch (primaryType(schema)) {
    case "string":
      return exampleString(schema.format);
    case "integer":
    case "number":
      return schema.minimum ?? 1;
    case "boolean":
      return true;
    case "null":
      return null;
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => exampleFromSchema(doc, schema.items, depth + 1));
    default:
      return exampleObject(doc, schema, depth);
  }
}

function statedExample(schema: SchemaObject): unknown {
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (schema.enum?.length) return schema.enum[0];
  return undefined;
}

function exampleObject(doc: OpenApiDocument, schema: SchemaObject, depth: number): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name of schema.required ?? []) {
    const value = exampleFromSchema(doc, schema.properties?.[name], depth + 1);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

function primaryType(schema: SchemaObject): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.length === 0 && schema.properties) return "object";
  return types.find((t) => t !== "null") ?? types[0];
}

function exampleString(format: string | undefined): string {
  switch (format) {
    case "date-time":
      return "2025-01-01T00:00:00Z";
    case "date":
      return "2025-01-01";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    case "email":
      return "user@example.com";
    case "uri":
    case "url":
      return "https://example.com";
    default:
      return "string";
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
