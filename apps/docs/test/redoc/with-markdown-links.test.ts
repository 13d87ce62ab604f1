import { describe, expect, it } from "vitest";
import { withMarkdownLinks } from "../../src/redoc/with-markdown-links.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";

const links = { vendorMarkdown: "index.md", llmsTxt: "../llms.txt" };

describe("withMarkdownLinks", () => {
  it("appends a paragraph linking the Markdown and llms.txt, leaving the original spec alone", () => {
    const doc: OpenApiDocument = { info: { title: "Acme", description: "About Acme.\n" } };
    const copy = withMarkdownLinks(doc, links);
    expect(copy.info?.description).toBe(
      "About Acme.\n\n**For agents and terminals:** this reference [as Markdown](index.md) (one page per operation), and the site's [llms.txt](../llms.txt).",
    );
    expect(doc.info?.description).toBe("About Acme.\n");
  });

  it("adds the paragraph alone to a spec without a description", () => {
    expect(withMarkdownLinks({ info: { title: "Acme" } }, links).info?.description).toMatch(/^\*\*For agents and terminals:\*\*/);
  });
});
