import { forEachSpecObject } from "./walk-objects.ts";

/** What converting a 3.0 document changed, counted by kind, for the bundle's report line. */
export interface Upgrade {
  readonly from: string;
  readonly nullable: number;
  readonly exclusiveBounds: number;
}

/**
 * Bring an OpenAPI 3.0 document to 3.1 in place, so every tool downstream (validators with JSON Schema 2020-12
 * semantics, openapi-typescript, Prism, Redoc) reads one dialect. Only what changes meaning is rewritten:
 * `nullable: true` becomes a `"null"` type (or an `anyOf` with one where the schema has no `type`), and boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become the numeric form. Returns undefined for a document that is not 3.0.
 */
export function upgradeOpenApi30(document: Record<string, unknown>): Upgrade | undefined {
  const from = typeof document.openapi === "string" ? document.openapi : "";
  if (!/^3\.0\./.test(from)) return undefined;
  let nullable = 0;
  let exclusiveBounds = 0;
  forEachSpecObject(document, (node) => {
    if (typeof node.nullable === "boolean") {
      const allowsNull = node.nullable;
      delete node.nullable;
      if (allowsNull) {
        addNull(node);
        nullable++;
      }
    }
    for (const [flag, bound] of [["exclusiveMinimum", "minimum"], ["exclusiveMaximum", "maximum"]] as const) {
      if (typeof node[flag] !== "boolean") continue;
      if (node[flag] && typeof node[bound] === "number") {
        node[flag] = node[bound];
        delete node[bound];
        exclusiveBounds++;
      } else delete node[flag];
    }
  });
  document.openapi = "3.1.0";
  return { from, nullable, exclusiveBounds };
}

function addNull(schema: Record<string, unknown>): void {
  if (Array.isArray(schema.enum) && !schema.enum.includes(null)) schema.enum = [...schema.enum, null];
  if (typeof schema.type === "string") schema.type = [schema.type, "null"];
  else if (Array.isArray(schema.type)) {
    if (!schema.type.includes("null")) schema.type = [...schema.type, "null"];
  } else {
    // No type of its own (a $ref, allOf, oneOf…): the value is that schema or null.
    const inner = { ...schema };
    for (const key of Object.keys(schema)) delete schema[key];
    schema.anyOf = [inner, { type: "null" }];
  }
}

/** One line for the bundle's output: what the conversion did. */
export function describeUpgrade(upgrade: Upgrade): string {
  return `converted from OpenAPI ${upgrade.from} to 3.1.0 (${upgrade.nullable} nullable schema(s) now allow null by type, ${upgrade.exclusiveBounds} boolean exclusive bound(s) made numeric)`;
}
