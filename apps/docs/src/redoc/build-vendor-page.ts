import type { OpenApiDocument } from "../spec/openapi-types.ts";
import { externalResources } from "./external-resources.ts";
import { renderRedocPage } from "./page-html.ts";
import { prerenderRedoc } from "./prerender-redoc.ts";
import { redocOptions } from "./redoc-options.ts";
import { withMarkdownLinks, type MarkdownLinks } from "./with-markdown-links.ts";

export interface VendorPageInput {
  /** The page's copy of the spec (with its code samples). */
  readonly doc: OpenApiDocument;
  readonly title: string;
  /** The Redoc bundle, relative to the page, and its integrity hash. */
  readonly script: { readonly src: string; readonly integrity: string };
  readonly links: MarkdownLinks;
}

/**
 * One vendor's Redoc page, pre-rendered and self-contained: every operation is in the HTML, Redoc comes from the
 * site's assets, and nothing loads from another host (the build fails otherwise).
 */
export async function buildVendorPage({ doc, title, script, links }: VendorPageInput): Promise<string> {
  const prerendered = await prerenderRedoc(withMarkdownLinks(doc, links), redocOptions());
  const html = renderRedocPage({ title, prerendered, script, markdownHref: links.vendorMarkdown });
  const external = externalResources(html);
  if (external.length > 0) throw new Error(`the page would load from other hosts: ${external.join(", ")}`);
  return html;
}
