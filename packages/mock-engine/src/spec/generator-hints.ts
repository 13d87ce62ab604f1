type OpenApiDocument = Record<string, unknown>;

/**
 * The document with hints for Prism's data generator (json-schema-faker 0.5), or undefined when it needs none.
 * That generator only knows the draft-4 form of `exclusiveMinimum`/`exclusiveMaximum` (a boolean next to
 * `minimum`), so it ignores OpenAPI 3.1's numeric form and `Prefer: dynamic=true` produces out-of-range
 * numbers. Adding the matching `minimum`/`maximum` (tightened by one for integers) changes nothing a validator
 * accepts (x > a already implies x >= a) and keeps generated numbers in range.
 */
export function withGeneratorHints(document: OpenApiDocument): OpenApiDocument | undefined {
  let changed = false;
  const visit = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(visit);
    if (typeof node !== "object" || node === null) return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) copy[key] = visit(value);
    const integer = copy.type === "integer";
    if (typeof copy.exclusiveMinimum === "number") {
      const bound = integer ? Math.floor(copy.exclusiveMinimum) + 1 : copy.exclusiveMinimum;
      if (typeof copy.minimum !== "number" || copy.minimum < bound) {
        copy.minimum = bound;
        changed = true;
      }
    }
    if (typeof copy.exclusiveMaximum === "number") {
      const bound = integer ? Math.ceil(copy.exclusiveMaximum) - 1 : copy.exclusiveMaximum;
      if (typeof copy.maximum !== "number" || copy.maximum > bound) {
        copy.maximum = bound;
        changed = true;
      }
    }
    return copy;
  };
  const hinted = visit(document) as OpenApiDocument;
  return changed ? hinted : undefined;
}
