import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { listVendors, type Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { parse as parseYaml } from "yaml";
import { escapeHtml as escape } from "../src/html/escape-html.ts";
import { operationSlugs } from "../src/llms/operation-slug.ts";
import { externalResources } from "../src/redoc/external-resources.ts";
import { localRedocAsset } from "../src/redoc/redoc-script.ts";
import { buildCodeSamples } from "../src/samples/add-code-samples.ts";
import { referenceTitle } from "../src/site/page-title.ts";
import { isCompressible } from "../src/site/precompress.ts";
import { ASSETS_DIR, LLMS_TXT, OPERATIONS_DIR, VENDOR_MARKDOWN } from "../src/site/site-layout.ts";
import type { OpenApiDocument } from "../src/spec/openapi-types.ts";
import { listOperations, listWebhookOperations } from "../src/spec/operations.ts";
import { serverUrl } from "../src/spec/server-url.ts";
import { pageDefinition } from "../src/redoc/page-definition.ts";

const siteDir = inject("siteDir");
const vendors = listVendors(inject("workspaceRoot"));

/**
 * Compressed page weight allowed per operation Redoc lists, plus a fixed part for Redoc's styles and the API
 * introduction. The pages weigh 0.7–1.6 kB per operation today; inlining the Redoc bundle (270 kB) or the whole
 * spec twice would break it.
 */
const PAGE_BROTLI_BYTES_PER_OPERATION = 2_000;
const PAGE_BROTLI_FIXED_BYTES = 20_000;

/** Every file of the built site, relative to it. */
function siteFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else files.push(relative(siteDir, join(dir, entry.name)));
    }
  };
  walk(siteDir);
  return files;
}

describe("docs site build", () => {
  let index: string;
  beforeAll(() => {
    index = readFileSync(join(siteDir, "index.html"), "utf8");
  });

  it("finds at least one vendor in the workspace", () => {
    expect(vendors.length).toBeGreaterThan(0);
  });

  it("ships the Redoc script once, under a content-hashed name, with no CDN reference", () => {
    const scripts = readdirSync(join(siteDir, ASSETS_DIR)).filter((f) => f.endsWith(".js"));
    expect(scripts).toEqual([localRedocAsset().fileName]);
    expect(scripts[0]).toMatch(/^redoc\.standalone\.[0-9a-f]{10}\.js$/);
    expect(readFileSync(join(siteDir, ASSETS_DIR, scripts[0]!), "utf8")).not.toMatch(/https:\/\/cdn\.redoc\.ly\//);
  });

  it("writes .br and .gz siblings of every text file that decompress to its bytes", () => {
    const files = siteFiles();
    const originals = files.filter((f) => isCompressible(f));
    expect(originals.length).toBeGreaterThan(vendors.length * 4);
    for (const file of originals) {
      const bytes = readFileSync(join(siteDir, file));
      if (bytes.length < 200) continue; // a tiny file may not shrink, so it gets no sibling
      expect(brotliDecompressSync(readFileSync(join(siteDir, `${file}.br`))).equals(bytes), `${file}.br`).toBe(true);
      expect(gunzipSync(readFileSync(join(siteDir, `${file}.gz`))).equals(bytes), `${file}.gz`).toBe(true);
    }
    for (const sibling of files.filter((f) => /\.(br|gz)$/.test(f))) expect(files, `${sibling} has no original`).toContain(sibling.replace(/\.(br|gz)$/, ""));
  });

  it("has an index page that only uses local assets and links llms.txt", () => {
    expect(externalResources(index)).toEqual([]);
    expect(index).not.toContain("fonts.googleapis.com");
    expect(index).toContain(`href="${LLMS_TXT}"`);
  });

  it("renders the specs' descriptions on the index as HTML, with no Markdown markers left", () => {
    const text = index.replace(/<code\b[^>]*>.*?<\/code>/gs, "").replace(/<[^>]+>/g, "");
    expect(text).not.toMatch(/\*\*|`|\]\(|^#+ /m);
    expect(index).toMatch(/<div class="description">\s*<p>/);
  });

  it("has an llms.txt whose every link resolves, with one Markdown page per operation", () => {
    const llms = readFileSync(join(siteDir, LLMS_TXT), "utf8");
    expect(llms).toMatch(/^# .+\n\n> .+\n/); // llmstxt.org: an H1, then the summary blockquote
    const links = [...llms.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
    for (const link of links) expect(existsSync(join(siteDir, link)), link).toBe(true);
    for (const vendor of vendors) {
      const operations = listOperations(JSON.parse(readFileSync(vendor.bundledJson, "utf8")) as OpenApiDocument);
      expect(links.filter((l) => l.startsWith(`${vendor.name}/${OPERATIONS_DIR}/`)).length, vendor.name).toBe(operations.length);
      expect(links).toContain(`${vendor.name}/${VENDOR_MARKDOWN}`);
    }
  });

  describe.each(vendors.map((v) => [v.name, v] as const))("%s", (_name, vendor: Vendor) => {
    const bundled = (): OpenApiDocument => JSON.parse(readFileSync(vendor.bundledJson, "utf8")) as OpenApiDocument;
    const page = (): string => readFileSync(join(siteDir, vendor.name, "index.html"), "utf8");

    it("has a Redoc page that loads only local assets and the shared, hashed Redoc script", () => {
      const html = page();
      expect(externalResources(html)).toEqual([]);
      expect(html).not.toContain("fonts.googleapis.com");
      expect(html).toContain(`<script defer src="../${localRedocAsset().sitePath}" integrity="${localRedocAsset().integrity}"></script>`);
      expect(html).toContain(`<title>${escape(referenceTitle(bundled().info?.title ?? ""))}</title>`);
    });

    it("pre-renders every operation into the HTML, so it reads without JavaScript", () => {
      const html = page();
      for (const { operation } of listOperations(bundled())) {
        expect(html, operation.operationId).toMatch(new RegExp(`data-section-id="[^"]*operation/${operation.operationId}"`));
      }
    });

    it("weighs, compressed, no more than its share per operation (nothing inlined)", () => {
      const doc = bundled();
      const listed = listOperations(doc).length + listWebhookOperations(doc).length;
      const brotli = statSync(join(siteDir, vendor.name, "index.html.br")).size;
      expect(brotli).toBeLessThanOrEqual(PAGE_BROTLI_FIXED_BYTES + PAGE_BROTLI_BYTES_PER_OPERATION * listed);
    });

    it("offers downloads that parse and equal the bundled spec", () => {
      const json = JSON.parse(readFileSync(join(siteDir, vendor.name, "openapi.json"), "utf8")) as unknown;
      const yaml = parseYaml(readFileSync(join(siteDir, vendor.name, "openapi.yaml"), "utf8"));
      expect(json).toEqual(bundled());
      expect(yaml).toEqual(bundled());
    });

    it("renders every operation with a TypeScript and a curl sample", () => {
      const rendered = pageDefinition(page());
      const operations = listOperations(rendered);
      expect(operations.length).toBe(listOperations(bundled()).length);
      for (const { operation, method, path } of operations) {
        const samples = operation["x-codeSamples"] as { label: string; source: string }[] | undefined;
        expect(samples?.map((s) => s.label), `${method} ${path}`).toEqual(["TypeScript", "curl"]);
        expect(samples?.[0]?.source).toContain(`from "${vendor.clientPackage}"`);
        expect(samples?.[1]?.source).toMatch(new RegExp(`^curl -X ${method.toUpperCase()} `));
      }
    });

    it("links its Markdown version from the page", () => {
      const html = page();
      expect(html).toContain(`<link rel="alternate" type="text/markdown" href="${VENDOR_MARKDOWN}"`);
      expect(html).toMatch(new RegExp(`<a href="${VENDOR_MARKDOWN}"[^>]*>as Markdown</a>`));
    });

    it("has one Markdown page per operation with its method, path and the page's own samples", () => {
      const doc = bundled();
      const entries = listOperations(doc);
      const slugs = operationSlugs(entries);
      const dir = join(siteDir, vendor.name, OPERATIONS_DIR);
      expect(readdirSync(dir).filter((f) => f.endsWith(".md")).sort()).toEqual(slugs.map((s) => `${s}.md`).sort());
      const samples = buildCodeSamples(vendor, doc);
      entries.forEach(({ method, path }, i) => {
        const markdown = readFileSync(join(dir, `${slugs[i]}.md`), "utf8");
        expect(markdown, slugs[i]).toContain(`\`${method.toUpperCase()} ${path}\``);
        expect(markdown, slugs[i]).toMatch(/^## Authentication$/m);
        for (const sample of samples[i]!.samples) expect(markdown, `${slugs[i]} ${sample.label}`).toContain(sample.source);
      });
      const overview = readFileSync(join(siteDir, vendor.name, VENDOR_MARKDOWN), "utf8");
      for (const slug of slugs) expect(overview).toContain(`(${OPERATIONS_DIR}/${slug}.md)`);
      for (const link of [...overview.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!)) {
        expect(existsSync(join(siteDir, vendor.name, link)), link).toBe(true);
      }
    });

    it("is listed on the index with its facts from the spec and links that resolve", () => {
      const doc = bundled();
      const card = new RegExp(`<li class="vendor" data-vendor="${vendor.name}">(.*?)</li>\\s*(?=<li class="vendor"|</ul>)`, "s").exec(index)?.[1];
      expect(card, "index card").toBeDefined();
      expect(card).toContain(escape(doc.info?.title ?? ""));
      expect(card).toContain(`<code class="base-url">${escape(serverUrl(doc))}</code>`);
      expect(card).toContain(`<dd class="version">${escape(doc.info?.version ?? "")}</dd>`);
      expect(card).toContain(`<dd class="operation-count">${listOperations(doc).length}</dd>`);
      expect(card).toContain(`npm install ${vendor.clientPackage}`);
      for (const href of [...card!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => !/^[a-z]+:/i.test(h))) {
        expect(existsSync(join(siteDir, href, href.endsWith("/") ? "index.html" : "")), href).toBe(true);
      }
    });
  });
});
