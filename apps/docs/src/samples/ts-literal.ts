const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * A JSON value as idiomatic TypeScript source: unquoted keys where legal, two-space indentation,
 * continuation lines indented by `indent` so the literal nests inside a call.
 */
export function toTsLiteral(value: unknown, indent = ""): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    const inner = indent + "  ";
    return `[\n${value.map((item) => inner + toTsLiteral(item, inner)).join(",\n")},\n${indent}]`;
  }
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value);
    if (entries.length === 0) return "{}";
    const inner = indent + "  ";
    const lines = entries.map(([key, v]) => `${inner}${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${toTsLiteral(v, inner)}`);
    return `{\n${lines.join(",\n")},\n${indent}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}
