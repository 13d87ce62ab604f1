import { resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/**
 * The runtime's browser-bundle budget (min+gzip) for the budgeted client: CI enforces it in
 * packages/hania/test/bundle-size.test.ts and `pnpm bench` reports against it.
 */
export const BROWSER_BUNDLE_BUDGET_BYTES = 8 * 1024;

export interface BundleSize {
  /** min+gzip bytes of the whole browser bundle. */
  readonly gzipBytes: number;
  readonly minBytes: number;
  /** Minified bytes by origin. */
  readonly parts: { readonly openapiFetch: number; readonly runtime: number; readonly vendor: number };
  /** Absolute paths of the modules that ended up in the bundle. */
  readonly modules: readonly string[];
}

/**
 * Bundle what a browser app gets when it imports a vendor client's factory (minified, tree-shaken ESM) and
 * measure it. Deterministic for the same sources, so CI can enforce the budget.
 */
export async function measureClientBundle(clientDir: string, factoryName: string, entry = "./dist/index.js"): Promise<BundleSize> {
  const result = await build({
    stdin: { contents: `export { ${factoryName} } from "${entry}";`, resolveDir: clientDir, loader: "js" },
    absWorkingDir: clientDir,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced no output for ${clientDir}`);
  const parts = { openapiFetch: 0, runtime: 0, vendor: 0 };
  const modules: string[] = [];
  for (const meta of Object.values(result.metafile.outputs)) {
    for (const [input, info] of Object.entries(meta.inputs)) {
      if (info.bytesInOutput === 0) continue; // re-export-only modules
      const file = resolve(clientDir, input);
      modules.push(file);
      if (file.includes("/openapi-fetch/")) parts.openapiFetch += info.bytesInOutput;
      else if (file.includes("/packages/runtime/") || file.includes("/@vendor-sdks/runtime/")) parts.runtime += info.bytesInOutput;
      else parts.vendor += info.bytesInOutput;
    }
  }
  return { gzipBytes: gzipSync(output.contents, { level: 9 }).length, minBytes: output.contents.length, parts, modules };
}
