import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderIndex } from "../index-page/render-index.ts";
import { buildVendorPage } from "../redoc/build-vendor-page.ts";
import { localRedocAsset, type RedocAsset } from "../redoc/redoc-script.ts";
import { withCodeSamples } from "../samples/add-code-samples.ts";
import { summarizeSpec, type SpecSummary } from "../spec/spec-summary.ts";
import { loadVendorSpecs, type LoadedVendor } from "./load-vendor-specs.ts";

export interface BuildOptions {
  /** The monorepo (or any workspace with `specs/<vendor>/`). */
  readonly root: string;
  readonly outDir: string;
}

/**
 * Write the static site: `index.html`, `assets/redoc.standalone.js` (once, shared by every page) and per
 * vendor `<vendor>/index.html` plus the bundled spec as `openapi.json` and `openapi.yaml` downloads.
 */
export async function buildSite({ root, outDir }: BuildOptions): Promise<SpecSummary[]> {
  const vendors = await loadVendorSpecs(root); // before touching outDir: a failed load leaves the old site
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(join(outDir, "assets"), { recursive: true });
  const redoc = localRedocAsset();
  writeFileSync(join(outDir, "assets", "redoc.standalone.js"), redoc.source);

  const summaries: SpecSummary[] = [];
  for (const { vendor, doc } of vendors) summaries.push(await writeVendorPage(vendor, doc, outDir, redoc));
  writeFileSync(join(outDir, "index.html"), renderIndex(summaries));
  return summaries;
}

/** One vendor's page and downloads under `<outDir>/<vendor>/`. */
async function writeVendorPage(vendor: LoadedVendor["vendor"], doc: LoadedVendor["doc"], outDir: string, redoc: RedocAsset): Promise<SpecSummary> {
  const summary = summarizeSpec(vendor, doc);
  const dir = join(outDir, vendor.name);
  mkdirSync(dir, { recursive: true });
  // Downloads are byte copies of the bundle: what the clients and mocks are built from.
  writeFileSync(join(dir, "openapi.json"), readFileSync(vendor.bundledJson));
  writeFileSync(join(dir, "openapi.yaml"), readFileSync(vendor.bundledYaml));
  try {
    await buildVendorPage(withCodeSamples(vendor, doc), `${summary.title} API reference`, join(dir, "index.html"), redoc);
  } catch (error) {
    throw new Error(`Cannot build the docs page of vendor "${vendor.name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  return summary;
}

/**
 * Rebuild one vendor's page, downloads and the index (watch mode): the other vendors' pages are left as they are.
 * Falls back to a full build when the site has not been built yet.
 */
export async function rebuildVendorPage({ root, outDir }: BuildOptions, vendorName: string): Promise<void> {
  if (!existsSync(join(outDir, "assets", "redoc.standalone.js"))) {
    await buildSite({ root, outDir });
    return;
  }
  const vendors = await loadVendorSpecs(root);
  const target = vendors.find((v) => v.vendor.name === vendorName);
  if (!target) throw new Error(`No vendor "${vendorName}" in ${root}/specs.`);
  await writeVendorPage(target.vendor, target.doc, outDir, localRedocAsset());
  writeFileSync(join(outDir, "index.html"), renderIndex(vendors.map(({ vendor, doc }) => summarizeSpec(vendor, doc))));
}
