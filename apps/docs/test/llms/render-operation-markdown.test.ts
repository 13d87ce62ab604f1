import { describe, expect, it } from "vitest";
import { renderOperationMarkdown } from "../../src/llms/render-operation-markdown.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";
import { listOperations } from "../../src/spec/operations.ts";

const doc = {
  openapi: "3.1.0",
  info: { title: "Acme API", version: "1" },
  security: [{ bearer: [] }],
  paths: {
    "/widgets/{id}": {
      parameters: [{ name: "id", in: "path", required: true, description: "The widget's id.", schema: { type: "string" } }],
      patch: {
        operationId: "updateWidget",
        summary: "Update a widget",
        description: "Changes the fields given.",
        tags: ["Widgets"],
        parameters: [{ name: "dryRun", in: "query", description: "Validate | do not save.", schema: { type: "boolean" } }],
        requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { name: { type: "string" } } } } } },
        responses: {
          "200": {
            description: "The widget.",
            headers: { "X-RateLimit-Remaining": { description: "Calls left.", schema: { type: "integer" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Widget" } } },
          },
          "204": { description: "Nothing changed." },
          "404": { $ref: "#/components/responses/NotFound" },
        },
      },
    },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    responses: { NotFound: { description: "No such widget.", content: { "application/json": { schema: { type: "object", properties: { error: { type: "string" } } } } } } },
    schemas: { Widget: { type: "object", required: ["id"], properties: { id: { type: "string" } } } },
  },
} as unknown as OpenApiDocument;

const entry = listOperations(doc)[0]!;
const markdown = renderOperationMarkdown({
  doc,
  entry,
  samples: { operationId: "updateWidget", method: "patch", path: "/widgets/{id}", samples: [{ lang: "TypeScript", label: "TypeScript", source: "await acme.PATCH();\n" }, { lang: "Shell", label: "curl", source: "curl -X PATCH x\n" }] },
  baseUrl: "https://api.acme.test",
  links: { vendorMarkdown: "../index.md", htmlReference: "../index.html" },
});

describe("renderOperationMarkdown", () => {
  it("starts with the summary, method and path, operationId, tag and description", () => {
    expect(markdown.split("\n").slice(0, 5)).toEqual(["# Update a widget", "", "`PATCH /widgets/{id}` · operationId `updateWidget` · Widgets", "", "Changes the fields given."]);
    expect(markdown).toContain("Base URL: `https://api.acme.test` · [All operations](../index.md) · [HTML reference](../index.html)");
  });

  it("lists authentication and every parameter, path-level ones included", () => {
    expect(markdown).toContain("## Authentication\n\n- `bearer`: HTTP bearer token: `Authorization: Bearer <token>`\n");
    expect(markdown).toContain("| `id` | path | string | yes | The widget's id. |");
    expect(markdown).toContain("| `dryRun` | query | boolean | no | Validate \\| do not save. |");
  });

  it("outlines the request body and responses, and puts 4xx under Errors", () => {
    expect(markdown).toContain("## Request body\n\n`application/json`, required:\n\n- object\n  - `name` string\n");
    expect(markdown).toContain("### 200\n\nThe widget.\n\nHeaders:\n\n- `X-RateLimit-Remaining`, integer: Calls left.\n\n`application/json`:\n\n- object (Widget)\n  - `id` string, required\n");
    expect(markdown).toContain("### 204\n\nNothing changed.\n");
    const errors = markdown.slice(markdown.indexOf("## Errors"));
    expect(errors).toContain("### 404\n\nNo such widget.");
    expect(markdown.indexOf("### 404")).toBeGreaterThan(markdown.indexOf("## Errors"));
  });

  it("ends with the page's TypeScript and curl samples", () => {
    expect(markdown.endsWith("## Samples\n\n### TypeScript\n\n```ts\nawait acme.PATCH();\n```\n\n### curl\n\n```sh\ncurl -X PATCH x\n```\n")).toBe(true);
  });
});
