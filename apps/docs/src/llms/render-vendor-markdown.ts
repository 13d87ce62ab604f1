import { operationMarkdownPath, SPEC_DOWNLOADS, VENDOR_PAGE } from "../site/site-layout.ts";
import type { OpenApiDocument } from "../spec/openapi-types.ts";
import type { SpecSummary } from "../spec/spec-summary.ts";
import { operationTitle, type DocumentedOperation } from "./documented-operation.ts";
import { countOf, inlineCode, linkLabel } from "./markdown-text.ts";
import { schemeText } from "./security-text.ts";

/**
 * `<vendor>/index.md`: the vendor's overview for agents and terminals (what the API is, where it lives, how to
 * authenticate) and every operation, grouped by tag in the spec's order, linked to its own page.
 */
export function renderVendorMarkdown(summary: SpecSummary, doc: OpenApiDocument, operations: readonly DocumentedOperation[]): string {
  const out = [`# ${summary.title}`, ""];
  const facts = [`Version ${inlineCode(summary.version)}`, countOf(operations.length, "operation")];
  if (summary.baseUrl) facts.splice(1, 0, `base URL ${inlineCode(summary.baseUrl)}`);
  out.push(`> ${facts.join(" · ")}`, "");
  if (summary.description.trim()) out.push(summary.description.trim(), "");
  out.push(
    `- HTML reference: [${VENDOR_PAGE}](${VENDOR_PAGE})`,
    `- OpenAPI spec: ${SPEC_DOWNLOADS.map((file) => `[${file}](${file})`).join(", ")}`,
    `- TypeScript client: ${inlineCode(`npm install ${summary.clientPackage}`)}`,
    "",
  );

  const schemes = Object.keys(doc.components?.securitySchemes ?? {});
  if (schemes.length) out.push("## Authentication", "", ...schemes.map((name) => `- ${schemeText(doc, name)}`), "");

  out.push("## Operations", "");
  for (const [tag, group] of groupByTag(doc, operations)) {
    out.push(`### ${tag}`, "");
    for (const { entry, slug } of group) out.push(`- [${linkLabel(operationTitle(entry))}](${operationMarkdownPath(slug)}): ${inlineCode(`${entry.method.toUpperCase()} ${entry.path}`)}`);
    out.push("");
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Operations by their first tag: the spec's `tags` order first, then tags it does not declare, then untagged. */
function groupByTag(doc: OpenApiDocument, operations: readonly DocumentedOperation[]): Map<string, DocumentedOperation[]> {
  const declared = ((doc.tags ?? []) as { name: string }[]).map((t) => t.name);
  const groups = new Map<string, DocumentedOperation[]>(declared.map((name) => [name, []]));
  for (const op of operations) {
    const tag = op.entry.operation.tags?.[0] ?? "Other operations";
    groups.set(tag, [...(groups.get(tag) ?? []), op]);
  }
  for (const [tag, group] of groups) if (group.length === 0) groups.delete(tag);
  return groups;
}
