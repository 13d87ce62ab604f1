import { deref } from "./json-pointer.ts";

type Json = Record<string, unknown>;

/** Deepest nesting followed; past it a value is left out (optional) or null (required), as recursive schemas need. */
const MAX_DEPTH = 12;

/**
 * A value the schema accepts, made without randomness (the same schema always gives the same value, so test
 * requests and snapshots are stable). The spec's own examples, consts, defaults and enums come first; otherwise
 * the value is built from the schema's type and constraints: required properties only, the fewest items allowed,
 * numbers and strings within their bounds, well-known formats. Callers validate the result: a `pattern` is
 * honoured only through an example.
 */
export function sampleValue(doc: Json, schemaNode: unknown, depth = 0): unknown {
  const schema = deref(doc, schemaNode);
  if (!schema || depth > MAX_DEPTH) return null;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema.const !== undefined) return schema.const;
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  for (const key of ["oneOf", "anyOf"] as const) {
    const options = schema[key];
    if (Array.isArray(options) && options.length > 0) return sampleValue(doc, firstNonNull(doc, options), depth + 1);
  }
  if (Array.isArray(schema.allOf)) {
    const parts = schema.allOf.map((part) => sampleValue(doc, part, depth + 1));
    return parts.every(isObject) ? Object.assign({}, ...parts) : (parts[0] ?? null);
  }
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const type = types.find((t) => t !== "null") ?? (schema.properties ? "object" : undefined);
  switch (type) {
    case "object":
      return sampleObject(doc, schema, depth);
    case "array": {
      const count = typeof schema.minItems === "number" ? schema.minItems : 0;
      return Array.from({ length: count }, () => sampleValue(doc, schema.items, depth + 1));
    }
    case "integer":
    case "number":
      return sampleNumber(schema, type === "integer");
    case "boolean":
      return true;
    case "string":
      return sampleString(schema);
    default:
      return types.includes("null") ? null : {};
  }
}

function sampleObject(doc: Json, schema: Json, depth: number): Json {
  const properties = isObject(schema.properties) ? schema.properties : {};
  const required = Array.isArray(schema.required) ? schema.required.filter((r): r is string => typeof r === "string") : [];
  return Object.fromEntries(required.map((name) => [name, sampleValue(doc, properties[name] ?? {}, depth + 1)]));
}

function sampleNumber(schema: Json, integer: boolean): number {
  const step = typeof schema.multipleOf === "number" ? schema.multipleOf : integer ? 1 : 0.5;
  let value = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + step : 1;
  if (typeof schema.maximum === "number" && value > schema.maximum) value = schema.maximum;
  if (typeof schema.exclusiveMaximum === "number" && value >= schema.exclusiveMaximum) value = schema.exclusiveMaximum - step;
  if (typeof schema.multipleOf === "number") value = Math.ceil(value / schema.multipleOf) * schema.multipleOf;
  return integer ? Math.ceil(value) : value;
}

const FORMATS: Record<string, string> = {
  uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
  "date-time": "2025-01-01T00:00:00Z",
  date: "2025-01-01",
  time: "00:00:00Z",
  email: "dev@example.com",
  uri: "https://example.com/",
  url: "https://example.com/",
  hostname: "example.com",
  ipv4: "192.0.2.1",
  ipv6: "2001:db8::1",
  byte: "eA==",
};

function sampleString(schema: Json): string {
  const known = typeof schema.format === "string" ? FORMATS[schema.format] : undefined;
  if (known !== undefined) return known;
  const min = typeof schema.minLength === "number" ? schema.minLength : 1;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Math.max(min, 6);
  return "sample".padEnd(min, "x").slice(0, Math.max(min, Math.min(max, 6)));
}

/** The first branch that is not just `null` (a nullable union's value is more useful than null). */
function firstNonNull(doc: Json, options: unknown[]): unknown {
  return options.find((o) => deref(doc, o)?.type !== "null") ?? options[0];
}

function isObject(v: unknown): v is Json {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
