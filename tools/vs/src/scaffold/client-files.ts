import { clientFactoryName, credentialOf, pascalCase } from "@vendor-sdks/spec-kit/workspace/client-naming";
import { jsonText } from "./file-text.ts";
import { withMswEntry } from "./msw-entry.ts";
import { rootDocument } from "./spec-files.ts";
import type { VendorScaffold } from "./vendor-scaffold.ts";

/** Text safe inside a `/** … *\/` comment: a title may contain anything, even the comment's end. */
function commentText(text: string): string {
  return text.replaceAll("*/", "*\\/");
}

/**
 * The files of a new `packages/<name>/` (generated code comes from `vs codegen`, not from here). Every identifier
 * derives from the vendor name; the runtime is imported as a namespace so that no vendor name (e.g. `vendor`, whose
 * `VendorClient` is also a runtime type) can collide with what the package declares.
 */
export function clientFiles(v: VendorScaffold): Record<string, string> {
  const P = pascalCase(v.name);
  const create = clientFactoryName(v.name);
  const title = commentText(v.title);
  // The variable the generated client falls back to, named by the runtime from the package name.
  const env = credentialOf(v.name, rootDocument(v)).envVar;
  const tsconfig = (extra: object, include: string[]) => jsonText({ extends: "../../tsconfig.base.json", compilerOptions: extra, include });
  return withMswEntry(v.name, {
    "package.json": jsonText({
      name: `@vendor-sdks/${v.name}`,
      version: "0.1.0",
      description: `Typed fetch client for the ${v.title} API, generated from its OpenAPI spec.`,
      type: "module",
      sideEffects: false,
      exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" }, "./package.json": "./package.json" },
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      files: ["dist", "src", "README.md"],
      keywords: [v.name, "api-client", "openapi-fetch", "openapi", "typescript", "sdk", "vendor-sdks"],
      repository: { type: "git", url: "https://example.invalid/vendor-sdks.git", directory: `packages/${v.name}` },
      publishConfig: { access: "public" },
      scripts: {
        generate: "vs codegen",
        "generate:check": "vs codegen --check",
        build: "tsc -p tsconfig.build.json",
        typecheck: "tsc -p tsconfig.json --noEmit",
        test: "vitest run",
      },
      // openapi-fetch is frozen upstream: pinned exactly (docs/decisions/0011).
      dependencies: { "@vendor-sdks/runtime": "workspace:*", "openapi-fetch": "0.17.0" },
      devDependencies: {
        "@stoplight/prism-cli": "5.14.2",
        "@types/node": "^20.19.0",
        [`@vendor-sdks/${v.name}-openapi`]: "workspace:*",
        "@vendor-sdks/test-doubles": "workspace:*",
        "@vendor-sdks/test-kit": "workspace:*",
        "@vendor-sdks/vs": "workspace:*",
        typescript: "~5.9.3",
        vitest: "^4.0.0",
      },
      license: "MIT",
      engines: { node: ">=20.19" },
    }),
    // the contract test imports the test kit's TypeScript sources
    "tsconfig.json": tsconfig({ noEmit: true, rootDir: ".", allowImportingTsExtensions: true }, ["src", "test"]),
    "tsconfig.build.json": tsconfig({ rootDir: "src", outDir: "dist", noEmit: false }, ["src"]),
    "vitest.config.ts": `// Shared by every vendor client package: see tools/test-kit/src/vitest/vendor-config.mjs.\nexport { default } from "@vendor-sdks/test-kit/vitest/vendor-config";\n`,
    "src/errors.ts": `import { ApiError } from "@vendor-sdks/runtime";

/** An error answer from the ${title} API. */
export class ${P}ApiError extends ApiError {}
`,
    "src/client.ts": `import type * as runtime from "@vendor-sdks/runtime";
import * as internal from "@vendor-sdks/runtime/internal";
import { ${P}ApiError } from "./errors.js";
import { operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { packageInfo, specInfo } from "./generated/spec-info.js";

export type ${P}ClientOptions = runtime.VendorClientOptions;

/** The ${title} client: openapi-fetch's typed \`GET\`/\`POST\`/… plus \`unwrap\` and \`rateLimit\`; pass it to \`paginate\`, \`pages\`, \`stream\`. */
export type ${P}Client = runtime.VendorClient<paths, typeof operationTable, typeof specInfo>;

/** Creates a ${title} API client. The key defaults to the \`${env}\` environment variable where there is one. */
export function ${create}(options: ${P}ClientOptions = {}): ${P}Client {
  return internal.createVendorClient<paths, typeof operationTable, typeof specInfo>(
    {
      spec: specInfo,
      operationTable,
      packageName: packageInfo.name,
      packageVersion: packageInfo.version,
      createError: (init) => new ${P}ApiError(init),
    },
    options,
  );
}
`,
    "src/index.ts": `export { ${create}, type ${P}Client, type ${P}ClientOptions } from "./client.js";
export { ${P}ApiError } from "./errors.js";
export { operationTable, type OperationId } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export * from "@vendor-sdks/runtime/caller-api";
`,
    "test/contract/contract.test.ts": `import { describeContract } from "@vendor-sdks/test-kit/contract/describe-contract";
import { ${create}, operationTable } from "../../src/index.js";

describeContract({
  packageDir: new URL("../..", import.meta.url),
  operationTable,
  createClient: (baseUrl) => ${create}({ apiKey: "contract-test-key", baseUrl, allowInsecureHttp: true, retries: 0 }),
});
`,
    "README.md": `# @vendor-sdks/${v.name}

Typed fetch client for the ${v.title} API (\`${v.baseUrl}\`), generated from [\`specs/${v.name}\`](../../specs/${v.name}).

\`\`\`sh
npm install @vendor-sdks/${v.name}
\`\`\`

\`\`\`ts
import { ${create} } from "@vendor-sdks/${v.name}";

const client = ${create}({ apiKey: process.env.${env} });
const status = await client.unwrap(client.GET("/status"));
console.log(status);
\`\`\`

Retries, timeouts, typed errors, pagination and streaming come from [\`@vendor-sdks/runtime\`](../runtime).
`,
  });
}
