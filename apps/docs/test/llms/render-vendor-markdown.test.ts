import { describe, expect, it } from "vitest";
import { renderVendorMarkdown } from "../../src/llms/render-vendor-markdown.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";
import { listOperations } from "../../src/spec/operations.ts";
import type { SpecSummary } from "../../src/spec/spec-summary.ts";

const doc = {
  tags: [{ name: "Widgets" }, { name: "Empty" }, { name: "Admin" }],
  components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
  paths: {
    "/admin": { get: { operationId: "getAdmin", summary: "Admin view", tags: ["Admin"] } },
    "/widgets": { get: { operationId: "listWidgets", summary: "List widgets", tags: ["Widgets"] } },
    "/health": { get: { operationId: "health" } },
  },
} as unknown as OpenApiDocument;
const summary: SpecSummary = { vendor: "acme", title: "Acme API", description: "Widgets, **fast**.", version: "2", baseUrl: "https://acme.test", operationCount: 3, clientPackage: "@vendor-sdks/acme" };

describe("renderVendorMarkdown", () => {
  const text = renderVendorMarkdown(summary, doc, listOperations(doc).map((entry) => ({ entry, slug: entry.operation.operationId! })));

  it("opens with the facts a caller needs: version, base URL, description, downloads, client, auth", () => {
    expect(text).toMatch(/^# Acme API\n\n> Version `2` · base URL `https:\/\/acme\.test` · 3 operations\n\nWidgets, \*\*fast\*\*\.\n/);
    expect(text).toContain("- OpenAPI spec: [openapi.json](openapi.json), [openapi.yaml](openapi.yaml)");
    expect(text).toContain("- TypeScript client: `npm install @vendor-sdks/acme`");
    expect(text).toContain("## Authentication\n\n- `bearer`: HTTP bearer token");
  });

  it("groups operations by tag in the spec's order, untagged last, empty tags left out", () => {
    const headings = text.split("\n").filter((l) => l.startsWith("### "));
    expect(headings).toEqual(["### Widgets", "### Admin", "### Other operations"]);
    expect(text).toContain("- [List widgets](operations/listWidgets.md): `GET /widgets`");
    expect(text).toContain("- [health](operations/health.md): `GET /health`");
  });
});
