import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { isObject, type Json, type JsonObject } from "./openapi.js";

/**
 * A value the schema accepts, preferring the spec's own examples. Used to build valid requests for
 * operations whose spec gives no request example; it covers the schema shapes request bodies use.
 */
export function sampleValue(document: JsonObject, schemaNode: Json | undefined, depth = 0): Json {
  const schema = deref(document, schemaNode);
  if (!isObject(schema) || depth > 12) return null;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0] as Json;
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0] as Json;
  for (const key of ["oneOf", "anyOf"]) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return sampleValue(document, options[0], depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    return Object.assign({}, ...schema.allOf.map((part) => sampleValue(document, part, depth + 1)).filter(isObject)) as JsonObject;
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object": {
      const properties = isObject(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
      return Object.fromEntries(required.map((name) => [name, sampleValue(document, properties[name], depth + 1)]));
    }
    case "array": {
      const count = typeof schema.minItems === "number" ? Math.max(1, schema.minItems) : 1;
      return Array.from({ length: count }, () => sampleValue(document, schema.items, depth + 1));
    }
    case "integer":
    case "number":
      return typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + 1 : 1;
    case "boolean":
      return true;
    case "string":
      return sampleString(schema);
    default:
      return null;
  }
}

function sampleString(schema: JsonObject): string {
  switch (schema.format) {
    case "uuid":
      return "3fa85f64-5717-4562-b3fc-2c963f66afa6";
    case "date-time":
      return "2025-01-01T00:00:00Z";
    case "date":
      return "2025-01-01";
    case "email":
      return "dev@example.com";
    case "uri":
    case "url":
      return "https://example.com/";
    default: {
      const min = typeof schema.minLength === "number" ? schema.minLength : 1;
      return "x".repeat(Math.max(min, 1));
    }
  }
}
