import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";

/** The spec a built Redoc page renders (`build-docs` embeds it as `const __redoc_definition = {...};`). */
export function pageDefinition(html: string): OpenApiDocument {
  const match = /const __redoc_definition = (\{.*?\});\n/s.exec(html);
  if (!match) throw new Error("No __redoc_definition in the page: is it a redocly build-docs page?");
  return JSON.parse(match[1]!) as OpenApiDocument;
}
