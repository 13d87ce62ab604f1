import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { isBundleStale } from "@vendor-sdks/spec-kit/spec/bundle-staleness";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import type { MockVendor } from "../workspace/discover-vendors.js";
import { MockStartError } from "../mock-start-error.js";
import { parse as parseYaml } from "yaml";
import { jsonErrorPosition } from "@vendor-sdks/spec-kit/spec/json-error-position";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

/** An OpenAPI document as parsed JSON; the mock reads only a few fields of it. */
export type OpenApiDocument = Record<string, unknown>;

/**
 * The vendor's bundled spec, re-bundled first when `dist/openapi.json` is missing or older than a source
 * file, so the mock never serves a stale spec whatever ran before it.
 */
export async function loadBundledSpec(vendor: MockVendor, root: string | undefined): Promise<OpenApiDocument> {
  const shown = (file: string): string => (root === undefined ? file : relative(root, file));
  if (vendor.origin === "workspace" && root !== undefined && isBundleStale(vendor)) await rebundle(vendor, root);
  if (!existsSync(vendor.bundledJson)) {
    const neither = vendor.origin === "file" ? `${shown(vendor.bundledJson)} does not exist` : `neither ${shown(vendor.rootFile)} nor ${shown(vendor.bundledJson)} exists`;
    throw new MockStartError(vendor.name, `no spec: ${neither}.`);
  }
  const document = parseSpecText(readFileSync(vendor.bundledJson, "utf8"), shown(vendor.bundledJson), vendor.name);
  if (!isObject(document) || typeof document.openapi !== "string" || !isObject(document.paths)) {
    throw new MockStartError(vendor.name, `${shown(vendor.bundledJson)} is not an OpenAPI 3.x document (no "openapi" or "paths").`);
  }
  return document;
}

/** JSON, or YAML for a `.yaml`/`.yml` file; a syntax error names the file, line and column. */
function parseSpecText(text: string, file: string, vendor: string): unknown {
  if (/\.ya?ml$/i.test(file)) {
    try {
      return parseYaml(text, { maxAliasCount: 10_000 });
    } catch (error) {
      const where = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0];
      const at = where ? `${file}:${where.line}:${where.col}` : file;
      throw new MockStartError(vendor, `${at}: not valid YAML (${(error as Error).message.split("\n")[0]}).`);
    }
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const where = jsonErrorPosition(text, message);
    throw new MockStartError(vendor, `${file} is not valid JSON at line ${where.line}, column ${where.column} (${message}).`);
  }
}

/** Bundle a workspace vendor's spec as `vs spec bundle` does; its problems (file:line) become the failure reason. */
async function rebundle(vendor: MockVendor, root: string): Promise<void> {
  try {
    // The bundler (Redocly) is loaded only when a spec needs bundling: most starts serve an up-to-date bundle.
    const { ensureBundled } = await import("@vendor-sdks/spec-kit/spec/bundle");
    await ensureBundled(getVendor(vendor.name, root), root);
  } catch (error) {
    throw new MockStartError(vendor.name, `spec ${relative(root, vendor.rootFile)} failed to bundle:\n${(error as Error).message.trim()}`);
  }
}
