import type { OpenApiDocument } from "../spec/openapi-types.ts";

export interface MarkdownLinks {
  /** The vendor's Markdown overview, relative to the page. */
  readonly vendorMarkdown: string;
  /** The site's `llms.txt`, relative to the page. */
  readonly llmsTxt: string;
}

/**
 * The page's copy of the spec with a closing paragraph in `info.description` that links the Markdown version of
 * the reference: Redoc renders it under the API's introduction, in the server-rendered HTML and after hydration
 * alike. Like the code samples, it never reaches the downloads.
 */
export function withMarkdownLinks(doc: OpenApiDocument, links: MarkdownLinks): OpenApiDocument {
  const note = `**For agents and terminals:** this reference [as Markdown](${links.vendorMarkdown}) (one page per operation), and the site's [llms.txt](${links.llmsTxt}).`;
  const description = doc.info?.description?.trimEnd();
  return { ...doc, info: { ...doc.info, description: description ? `${description}\n\n${note}` : note } };
}
