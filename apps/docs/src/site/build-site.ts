import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { renderIndex } from "../index-page/render-index.ts";
import { operationSlugs } from "../llms/operation-slug.ts";
import { renderLlmsTxt, type LlmsVendor } from "../llms/render-llms-txt.ts";
import { renderOperationMarkdown } from "../llms/render-operation-markdown.ts";
import { renderVendorMarkdown } from "../llms/render-vendor-markdown.ts";
import { buildVendorPage } from "../redoc/build-vendor-page.ts";
import { localRedocAsset, type RedocAsset } from "../redoc/redoc-script.ts";
import { buildCodeSamples, withCodeSamples } from "../samples/add-code-samples.ts";
import { listOperations } from "../spec/operations.ts";
import { summarizeSpec, type SpecSummary } from "../spec/spec-summary.ts";
import { loadVendorSpecs, type LoadedVendor } from "./load-vendor-specs.ts";
import { referenceTitle } from "./page-title.ts";
import { precompress } from "./precompress.ts";
import { ASSETS_DIR, LLMS_TXT, operationMarkdownPath, SITE_INDEX, SPEC_DOWNLOADS, VENDOR_MARKDOWN, VENDOR_PAGE } from "./site-layout.ts";
import { BuiltFilesCache, sourceFingerprint } from "./vendor-files-cache.ts";

export interface BuildOptions {
  /** The monorepo (or any workspace with `specs/<vendor>/`). */
  readonly root: string;
  readonly outDir: string;
  /**
   * Where built vendor files are kept between builds: a vendor whose bundled spec (and the docs code and Redoc
   * bundle) did not change is copied from there instead of rendered again. No cache when omitted.
   */
  readonly cacheDir?: string;
  /** Told, for each vendor, whether its files came from the cache or were rendered. */
  readonly onVendor?: (vendor: string, from: "cache" | "rendered") => void;
}

/** What a vendor's built files are made from besides its spec: this app's code and the spec kit's code it calls. */
function codeFingerprint(): string {
  const appDir = resolve(import.meta.dirname, "..", "..");
  const kitDir = dirname(createRequire(import.meta.url).resolve("@vendor-sdks/spec-kit/package.json"));
  return sourceFingerprint([join(appDir, "src"), join(appDir, "package.json"), join(kitDir, "src")]);
}

/** A vendor as the site documents it: the index card's facts and each operation with its Markdown file name. */
type DocumentedVendor = LlmsVendor;

/**
 * Write the static site: `index.html`, `llms.txt`, the Redoc bundle once under a content-hashed name in
 * `assets/`, and per vendor the pre-rendered `index.html`, the spec downloads, `index.md` and one Markdown page
 * per operation. Every text file gets `.br` and `.gz` siblings.
 */
export async function buildSite({ root, outDir, cacheDir, onVendor }: BuildOptions): Promise<SpecSummary[]> {
  const vendors = await loadVendorSpecs(root); // before touching outDir: a failed load leaves the old site
  rmSync(outDir, { recursive: true, force: true });
  const redoc = localRedocAsset();
  const cache = cacheDir === undefined ? undefined : new BuiltFilesCache(cacheDir);
  const code = cache ? codeFingerprint() : "";
  // The bundle's slow maximum-quality brotli runs on the thread pool while the pages render.
  const assetKey = BuiltFilesCache.key([redoc.integrity]);
  const assetReady = cache?.restore(ASSETS_DIR, assetKey, join(outDir, ASSETS_DIR))
    ? Promise.resolve()
    : precompress([writeSiteFile(outDir, redoc.sitePath, redoc.source)]).then(() => cache?.store(ASSETS_DIR, assetKey, join(outDir, ASSETS_DIR)));

  const documented: DocumentedVendor[] = [];
  for (const loaded of vendors) {
    const vendor = documentVendor(loaded);
    documented.push(vendor);
    const { name, bundledJson, bundledYaml } = loaded.vendor;
    const key = BuiltFilesCache.key([code, redoc.integrity, name, readFileSync(bundledJson), readFileSync(bundledYaml)]);
    if (cache?.restore(name, key, join(outDir, name))) {
      onVendor?.(name, "cache");
      continue;
    }
    await precompress(await writeVendorFiles(loaded, vendor, outDir, redoc));
    cache?.store(name, key, join(outDir, name));
    onVendor?.(name, "rendered");
  }
  await Promise.all([assetReady, precompress(writeSiteIndexes(outDir, documented))]);
  return documented.map((v) => v.summary);
}

/**
 * Rebuild one vendor's files, the index and `llms.txt` (watch mode): the other vendors' pages are left as they
 * are. Falls back to a full build when the site has not been built with this Redoc bundle yet.
 */
export async function rebuildVendorPage({ root, outDir }: BuildOptions, vendorName: string): Promise<void> {
  const redoc = localRedocAsset();
  if (!existsSync(join(outDir, redoc.sitePath))) {
    await buildSite({ root, outDir });
    return;
  }
  const vendors = await loadVendorSpecs(root);
  const target = vendors.find((v) => v.vendor.name === vendorName);
  if (!target) throw new Error(`No vendor "${vendorName}" in ${root}/specs.`);
  rmSync(join(outDir, vendorName), { recursive: true, force: true }); // drops pages of removed operations
  const written = await writeVendorFiles(target, documentVendor(target), outDir, redoc);
  written.push(...writeSiteIndexes(outDir, vendors.map(documentVendor)));
  await precompress(written);
}

function documentVendor({ vendor, doc }: LoadedVendor): DocumentedVendor {
  const entries = listOperations(doc);
  const slugs = operationSlugs(entries);
  return { summary: summarizeSpec(vendor, doc), operations: entries.map((entry, i) => ({ entry, slug: slugs[i]! })) };
}

/** One vendor's page, downloads and Markdown under `<outDir>/<vendor>/`; returns the files written. */
async function writeVendorFiles({ vendor, doc }: LoadedVendor, { summary, operations }: DocumentedVendor, outDir: string, redoc: RedocAsset): Promise<string[]> {
  const at = (file: string) => `${vendor.name}/${file}`;
  // Downloads are byte copies of the bundle: what the clients and mocks are built from.
  const bundled: Record<(typeof SPEC_DOWNLOADS)[number], string> = { "openapi.json": vendor.bundledJson, "openapi.yaml": vendor.bundledYaml };
  const written = SPEC_DOWNLOADS.map((file) => writeSiteFile(outDir, at(file), readFileSync(bundled[file])));
  const samples = buildCodeSamples(vendor, doc);
  try {
    const page = await buildVendorPage({
      doc: withCodeSamples(doc, samples),
      title: referenceTitle(summary.title),
      script: { src: `../${redoc.sitePath}`, integrity: redoc.integrity },
      links: { vendorMarkdown: VENDOR_MARKDOWN, llmsTxt: `../${LLMS_TXT}` },
    });
    written.push(writeSiteFile(outDir, at(VENDOR_PAGE), page));
  } catch (error) {
    throw new Error(`Cannot build the docs page of vendor "${vendor.name}": ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  written.push(writeSiteFile(outDir, at(VENDOR_MARKDOWN), renderVendorMarkdown(summary, doc, operations)));
  operations.forEach(({ entry, slug }, i) => {
    const markdown = renderOperationMarkdown({
      doc,
      entry,
      samples: samples[i]!,
      baseUrl: summary.baseUrl,
      links: { vendorMarkdown: `../${VENDOR_MARKDOWN}`, htmlReference: `../${VENDOR_PAGE}` },
    });
    written.push(writeSiteFile(outDir, at(operationMarkdownPath(slug)), markdown));
  });
  return written;
}

/** `index.html` and `llms.txt`, which list every vendor. */
function writeSiteIndexes(outDir: string, vendors: readonly DocumentedVendor[]): string[] {
  return [writeSiteFile(outDir, SITE_INDEX, renderIndex(vendors.map((v) => v.summary))), writeSiteFile(outDir, LLMS_TXT, renderLlmsTxt(vendors))];
}

function writeSiteFile(outDir: string, sitePath: string, content: string | Uint8Array): string {
  const file = join(outDir, sitePath);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}
