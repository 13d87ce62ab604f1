// `pnpm build`: write the docs site to dist/ (or --out <dir>) from every vendor spec in the workspace.
import { relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { docsPageCacheDir } from "@vendor-sdks/spec-kit/workspace/cache-dirs";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { buildSite } from "./site/build-site.ts";

const { values } = parseArgs({ options: { out: { type: "string" }, root: { type: "string" } } });
const appDir = resolve(import.meta.dirname, "..");
const root = values.root ? resolve(values.root) : findRepoRoot(appDir);
const outDir = resolve(values.out ?? resolve(appDir, "dist"));
// Built vendor files survive between builds, so an edit to one spec re-renders that vendor's page only.
const cacheDir = docsPageCacheDir(root);

try {
  const started = performance.now();
  const vendors = await buildSite({ root, outDir, cacheDir, onVendor: (vendor, from) => from === "cache" && console.log(`  ${vendor.padEnd(12)} unchanged: page and Markdown reused`) });
  for (const v of vendors) console.log(`  ${v.vendor.padEnd(12)} ${String(v.operationCount).padStart(3)} operations  ${v.title} ${v.version}`);
  console.log(`Docs site written to ${relative(process.cwd(), outDir) || "."} in ${Math.round(performance.now() - started)} ms.`);
} catch (error) {
  console.error(`docs build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
