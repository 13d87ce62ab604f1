import { operationMarkdownPath, SPEC_DOWNLOADS, VENDOR_MARKDOWN } from "../site/site-layout.ts";
import type { SpecSummary } from "../spec/spec-summary.ts";
import { operationTitle, type DocumentedOperation } from "./documented-operation.ts";
import { countOf, inlineCode, linkLabel, oneLine } from "./markdown-text.ts";

export interface LlmsVendor {
  readonly summary: SpecSummary;
  readonly operations: readonly DocumentedOperation[];
}

/**
 * The site's `llms.txt` (https://llmstxt.org): an H1, a one-paragraph summary, then one section per vendor that
 * links its Markdown overview and one Markdown page per operation; the raw specs go under "Optional", which
 * readers may skip. Links are relative to the file, so the folder works on any host.
 */
export function renderLlmsTxt(vendors: readonly LlmsVendor[]): string {
  const out = [
    "# vendor-sdks API reference",
    "",
    `> Hand-written OpenAPI 3.1 references of ${vendors.length} third-party APIs (${vendors.map((v) => v.summary.title).join(", ")}), each with a typed TypeScript client. Every operation has a Markdown page: method and path, authentication, parameters, request and response schemas in outline, documented errors, and TypeScript and curl samples.`,
    "",
    "Links are relative to this file. Each vendor's overview names its base URL, authentication and client package.",
    "",
  ];
  for (const { summary, operations } of vendors) {
    out.push(`## ${oneLine(summary.title)}`, "");
    const facts = [`version ${inlineCode(summary.version)}`, summary.baseUrl ? `base URL ${inlineCode(summary.baseUrl)}` : "", countOf(operations.length, "operation"), `client ${inlineCode(summary.clientPackage)}`];
    out.push(`- [${linkLabel(summary.title)} overview](${summary.vendor}/${VENDOR_MARKDOWN}): ${facts.filter(Boolean).join(", ")}`);
    for (const { entry, slug } of operations) {
      out.push(`- [${linkLabel(operationTitle(entry))}](${summary.vendor}/${operationMarkdownPath(slug)}): ${inlineCode(`${entry.method.toUpperCase()} ${entry.path}`)}`);
    }
    out.push("");
  }
  out.push("## Optional", "");
  for (const { summary } of vendors) {
    for (const file of SPEC_DOWNLOADS) out.push(`- [${linkLabel(summary.title)} OpenAPI spec (${file})](${summary.vendor}/${file}): the complete bundled spec`);
  }
  return `${out.join("\n")}\n`;
}
