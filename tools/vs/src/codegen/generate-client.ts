import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { buildOperationTable, runtimeOperation } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { renderMockDocument } from "./mock-document.ts";

const HEADER = (vendor: Vendor) =>
  `/**\n * Generated from specs/${vendor.name}/openapi.yaml by \`pnpm generate\`. Do not edit: change the spec and regenerate.\n */\n\n`;

/**
 * openapi-typescript's `paths`/`components`/`operations` types for a bundled spec. openapi-typescript is frozen
 * upstream and pinned exactly (docs/decisions/0011); tools/vs/test/codegen/golden/ shows any change in its output.
 */
export async function renderSchemaTypes(doc: Record<string, unknown>): Promise<string> {
  // openapi-typescript mutates nothing but resolves refs itself; give it a copy to be safe.
  // defaultNonNullable: false keeps request fields that have a server-side default optional for callers.
  const ast = await openapiTS(structuredClone(doc) as unknown as Parameters<typeof openapiTS>[0], { alphabetize: false, defaultNonNullable: false });
  return astToString(ast);
}

/** Every file the generator owns, by name under `packages/<vendor>/src/generated/`. */
export async function renderGeneratedFiles(vendor: Vendor, doc: Record<string, unknown>): Promise<Record<string, string>> {
  const schema = HEADER(vendor) + (await renderSchemaTypes(doc));
  const specInfo = buildSpecInfo(doc);
  const table = Object.fromEntries(Object.entries(buildOperationTable(doc)).map(([id, op]) => [id, runtimeOperation(op, specInfo.security)]));
  // The version is baked in because reading package.json at run time would put it in every browser bundle (the
  // 8 kB budget has no room). So a version bump regenerates: `pnpm version-packages` runs `pnpm generate`, and
  // generate:check catches a bump made any other way.
  const pkg = JSON.parse(readFileSync(join(vendor.clientDir, "package.json"), "utf8")) as { name: string; version: string; exports?: unknown };
  const mockDocument = renderMockDocument(HEADER(vendor), pkg, doc);
  return {
    ...(mockDocument === undefined ? {} : { "mock-document.ts": mockDocument }),
    "schema.ts": schema,
    "operations.ts":
      HEADER(vendor) +
      `import type { OperationTable } from "@vendor-sdks/runtime";\n\n` +
      `export const operationTable = ${JSON.stringify(table, null, 2)} as const satisfies OperationTable;\n\n` +
      `export type OperationId = keyof typeof operationTable;\n`,
    "spec-info.ts":
      HEADER(vendor) +
      `import type { SpecInfo } from "@vendor-sdks/runtime";\n\n` +
      `export const specInfo = ${JSON.stringify(specInfo, null, 2)} as const satisfies SpecInfo;\n\n` +
      `/** The client package's own name and version (sent in the User-Agent). */\n` +
      `export const packageInfo = ${JSON.stringify({ name: pkg.name, version: pkg.version })} as const;\n`,
  };
}

export interface GenerateResult {
  readonly written: string[];
  readonly stale: string[];
}

/**
 * Write (or with `check`, compare) `packages/<vendor>/src/generated/`. The generator owns that folder alone:
 * files it would not produce are removed (or reported stale).
 */
export async function generateClient(vendor: Vendor, doc: Record<string, unknown>, root: string, check: boolean): Promise<GenerateResult> {
  const outDir = join(vendor.clientDir, "src", "generated");
  const files = await renderGeneratedFiles(vendor, doc);
  const written: string[] = [];
  const stale: string[] = [];
  const existing = existsSync(outDir) ? readdirSync(outDir) : [];
  for (const name of existing) {
    if (!(name in files)) {
      const p = join(outDir, name);
      if (check) stale.push(`${relative(root, p)} (not produced by the generator)`);
      else rmSync(p, { recursive: true, force: true });
    }
  }
  if (!check) mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    const p = join(outDir, name);
    const current = existsSync(p) ? readFileSync(p, "utf8") : undefined;
    if (current === text) continue;
    if (check) stale.push(relative(root, p));
    else {
      writeFileSync(p, text);
      written.push(relative(root, p));
    }
  }
  return { written, stale };
}
