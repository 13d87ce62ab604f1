import type { AuthOption } from "./auth-option.ts";
import { jsonText, yamlText } from "./file-text.ts";
import type { VendorScaffold } from "./vendor-scaffold.ts";

/** The spec's one security scheme, by name, as `--auth` describes it. */
function securityScheme(auth: AuthOption): [name: string, scheme: Record<string, string>] {
  if (auth.kind === "bearer") {
    return ["bearerAuth", { type: "http", scheme: "bearer", description: "The vendor's secret API key, sent as `Authorization: Bearer <key>`." }];
  }
  const where = auth.in === "header" ? `in the \`${auth.name}\` header` : `as the \`${auth.name}\` query parameter`;
  return ["apiKeyAuth", { type: "apiKey", in: auth.in, name: auth.name, description: `The vendor's secret API key, sent ${where}.` }];
}

/** The root `openapi.yaml` of a new spec, as data. */
export function rootDocument(v: VendorScaffold): Record<string, unknown> {
  const [schemeName, scheme] = securityScheme(v.auth);
  return {
    openapi: "3.1.0",
    info: {
      title: v.title,
      version: "0.1.0",
      description:
        `The ${v.title} API, hand-written from the vendor's public documentation. Every gap or conflict in those docs, ` +
        "and what this spec does about it, is recorded in NOTES.md.",
    },
    servers: [{ url: v.baseUrl }],
    security: [{ [schemeName]: [] }],
    tags: [{ name: "Status", description: "Whether the API and the caller's key work." }],
    paths: { "/status": { $ref: "paths/status.yaml" } },
    components: { securitySchemes: { [schemeName]: scheme } },
  };
}

/** The files of a new `specs/<name>/`: a lint-clean spec with one documented-style path, ready to grow. */
export function specFiles(v: VendorScaffold): Record<string, string> {
  return {
    "package.json": jsonText({
      name: `@vendor-sdks/${v.name}-openapi`,
      version: "0.1.0",
      description: `Hand-written OpenAPI 3.1 spec of the ${v.title} API, bundled to one file.`,
      type: "module",
      vendorSdks: { vendor: v.name, mockPort: v.mockPort, client: `@vendor-sdks/${v.name}` },
      exports: { "./openapi.json": "./dist/openapi.json", "./openapi.yaml": "./dist/openapi.yaml", "./package.json": "./package.json" },
      files: ["dist", "openapi.yaml", "paths", "components", "NOTES.md"],
      sideEffects: false,
      keywords: [v.name, "openapi", "openapi-3.1", "api-spec", "vendor-sdks"],
      repository: { type: "git", url: "https://example.invalid/vendor-sdks.git", directory: `specs/${v.name}` },
      publishConfig: { access: "public" },
      scripts: { build: "vs spec bundle", lint: "vs spec lint", test: "vitest run" },
      devDependencies: { "@vendor-sdks/test-kit": "workspace:*", "@vendor-sdks/vs": "workspace:*", vitest: "^4.0.0" },
      license: "MIT",
      engines: { node: ">=20.19" },
    }),
    "openapi.yaml": yamlText(rootDocument(v)),
    "paths/status.yaml": yamlText({
      get: {
        operationId: "getStatus",
        summary: "Check the API and the key",
        description: "Replace this first path with the vendor's first documented endpoint.",
        tags: ["Status"],
        responses: {
          "200": {
            description: "The API is up and the key is valid.",
            content: { "application/json": { schema: { $ref: "../components/schemas/Status.yaml" }, example: { status: "ok" } } },
          },
          "401": { $ref: "../components/responses/Unauthorized.yaml" },
        },
      },
    }),
    "components/schemas/Status.yaml": yamlText({
      type: "object",
      description: "Service status.",
      required: ["status"],
      properties: { status: { type: "string", description: "`ok` when the service is up." } },
    }),
    "components/schemas/Error.yaml": yamlText({
      type: "object",
      description: "An error body. Keep it open until the vendor documents its shape.",
      "x-undocumented": "The vendor's error body is not documented yet.",
      additionalProperties: true,
      properties: { error: { type: "string" } },
    }),
    "components/responses/Unauthorized.yaml": yamlText({
      description: "The key is missing or invalid.",
      content: { "application/json": { schema: { $ref: "../schemas/Error.yaml" }, example: { error: "Unauthorized" } } },
    }),
    "NOTES.md": `# ${v.title} spec: decision log

Each entry: what the vendor's docs say (with the page), what the spec does, and why. See \`specs/README.md\`.

### Scaffolded first path
- **Facts:** none yet: \`/status\` was created by \`pnpm new-vendor\`.
- **Spec:** one operation with an example, so the build, mocks and docs work from the first commit.
- **Why:** replace it with the vendor's first documented endpoint and its example.
`,
    "test/fixtures/index.json": jsonText([
      {
        file: "status.response.200.json",
        method: "GET",
        path: "/status",
        kind: "response",
        status: 200,
        bodyScope: "full",
        contentType: "application/json",
        source: `${v.baseUrl}/status`,
        note: "Scaffolded: replace with the vendor's documented examples, each with the URL of the page that shows it.",
      },
    ]),
    "test/fixtures/status.response.200.json": jsonText({ status: "ok" }),
    "test/fixtures.test.ts": `import { describeFixtures } from "@vendor-sdks/test-kit/fixtures/describe-fixtures";\ndescribeFixtures(new URL("..", import.meta.url));\n`,
  };
}
