import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type { MockVendor } from "../workspace/discover-vendors.js";
import { MockStartError } from "../mock-start-error.js";
import { parse as parseYaml } from "yaml";
import { jsonErrorPosition } from "./json-error-position.js";
import { isObject } from "./read-document.js";

/** An OpenAPI document as parsed JSON; the mock reads only a few fields of it. */
export type OpenApiDocument = Record<string, unknown>;

/**
 * The vendor's bundled spec, re-bundled first when `dist/openapi.json` is missing or older than a source
 * file, so the mock never serves a stale spec whatever ran before it.
 */
export async function loadBundledSpec(vendor: MockVendor, root: string | undefined): Promise<OpenApiDocument> {
  const shown = (file: string): string => (root === undefined ? file : relative(root, file));
  if (vendor.origin === "workspace" && root !== undefined && isStale(vendor)) await runBundler(vendor, root);
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

function isStale(vendor: MockVendor): boolean {
  const source = newestSourceMtime(vendor);
  if (source === 0) return false; // a bundle without sources (e.g. a published package) is served as is
  return source > mtimeOrZero(vendor.bundledJson);
}

function newestSourceMtime(vendor: MockVendor): number {
  let newest = mtimeOrZero(vendor.rootFile);
  for (const folder of ["paths", "components"]) {
    const dir = join(vendor.specDir, folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
      if (/\.(ya?ml|json)$/.test(file)) newest = Math.max(newest, mtimeOrZero(join(dir, file)));
    }
  }
  return newest;
}

function mtimeOrZero(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

/** The repo's `vs` CLI, resolved through our dependency on `@vendor-sdks/scripts`. */
function bundlerScript(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@vendor-sdks/scripts/package.json")), "bin", "vs.mjs");
}

/** `vs spec bundle` in the spec folder; its own message (file:line problems) becomes the failure reason. */
function runBundler(vendor: MockVendor, root: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundlerScript(), "spec", "bundle", vendor.name], {
      cwd: vendor.specDir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => reject(new MockStartError(vendor.name, `could not run the spec bundler (${error.message}).`)));
    child.on("close", (code) => {
      if (code === 0) resolve();
      else reject(new MockStartError(vendor.name, `spec ${relative(root, vendor.rootFile)} failed to bundle:\n${output.trim()}`));
    });
  });
}
