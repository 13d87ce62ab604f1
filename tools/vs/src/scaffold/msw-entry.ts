import { pascalCase } from "@vendor-sdks/spec-kit/workspace/client-naming";
import { jsonText } from "./file-text.ts";

/** The range of the optional `msw` peer: MSW 2 (MSW 3 needs Node 22; the packages support Node ≥ 20.19). */
const MSW_PEER_RANGE = "^2.7.0";
const MSW_DEV_RANGE = "^2.15.0";

/**
 * A new client package's files with the `./msw` entry every client has (`@vendor-sdks/<name>/msw`): the manifest's
 * subpath export, `msw` and `@vendor-sdks/mock-engine` as optional peers (and dev dependencies for the package's
 * own tests), and `src/msw.ts`. Codegen sees the `./msw` export and writes `src/generated/mock-document.ts`.
 */
export function withMswEntry(name: string, files: Readonly<Record<string, string>>): Record<string, string> {
  const manifestText = files["package.json"];
  if (manifestText === undefined) throw new Error(`withMswEntry: the scaffold of ${name} has no package.json.`);
  const manifest = JSON.parse(manifestText) as Record<string, unknown>;
  const exportsField = (manifest.exports ?? {}) as Record<string, unknown>;
  const { "./package.json": packageJson, ...entries } = exportsField;
  const withEntry: Record<string, unknown> = {
    ...manifest,
    exports: { ...entries, "./msw": { types: "./dist/msw.d.ts", import: "./dist/msw.js", default: "./dist/msw.js" }, "./package.json": packageJson ?? "./package.json" },
    // node10 resolution (attw checks it) reads subpath types from typesVersions, not from exports
    typesVersions: { "*": { ...((manifest.typesVersions as Record<string, object> | undefined)?.["*"] ?? {}), msw: ["./dist/msw.d.ts"] } },
    peerDependencies: { ...(manifest.peerDependencies as object | undefined), "@vendor-sdks/mock-engine": "workspace:^", msw: MSW_PEER_RANGE },
    peerDependenciesMeta: { ...(manifest.peerDependenciesMeta as object | undefined), "@vendor-sdks/mock-engine": { optional: true }, msw: { optional: true } },
    devDependencies: { ...(manifest.devDependencies as object | undefined), "@vendor-sdks/mock-engine": "workspace:*", msw: MSW_DEV_RANGE },
  };
  return { ...files, "package.json": jsonText(withEntry), "src/msw.ts": mswSource(name) };
}

function mswSource(name: string): string {
  const P = pascalCase(name);
  // namespaces, as in client.ts: a vendor named like an imported type (`vendor`: VendorHandlersOptions) cannot clash
  return `import * as mockEngine from "@vendor-sdks/mock-engine/msw";
import type * as msw from "msw";
import { mockDocument } from "./generated/mock-document.js";
import type { operations } from "./generated/schema.js";

export type { MockScenario, Override, OverrideAnswer } from "@vendor-sdks/mock-engine/msw";

/** \`baseUrl\`, \`state\`, a default \`scenario\` and \`overrides\` typed by operationId from the spec. */
export type ${P}HandlersOptions = mockEngine.VendorHandlersOptions<operations>;

/**
 * MSW handlers for every operation at the client's default base URL, answered by the same engine as
 * \`pnpm mock\`: documented examples, request validation, \`Prefer\` scenarios, state per credential, event streams.
 * Each call makes its own engine, so its state starts from the documented examples.
 */
export function createHandlers(options: ${P}HandlersOptions = {}): msw.HttpHandler[] {
  return mockEngine.createVendorHandlers<operations>(mockDocument, options);
}

/** \`createHandlers()\` with the defaults: documented examples, state on. */
export const handlers: msw.HttpHandler[] = createHandlers();
`;
}
