import { sampleValue } from "@vendor-sdks/spec-kit/spec/sample-value";
import type { ExampleObject, OpenApiDocument, Reference, SchemaObject } from "../spec/openapi-types.ts";
import { resolve } from "../spec/resolve-ref.ts";

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
 * otherwise a value the schema accepts (the tooling's one sample generator, the same the contract tests send), so a
 * sample type-checks and would pass the vendor's validation.
 */
export function exampleFromSchema(doc: OpenApiDocument, schema: SchemaObject | undefined): unknown {
  return schema === undefined ? {} : sampleValue(doc as unknown as Record<string, unknown>, schema);
}
