import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/index-page/render-markdown.ts";

describe("renderMarkdown", () => {
  it("renders a spec description's emphasis, code and paragraphs as HTML", () => {
    const html = renderMarkdown("**Abilities.** Read endpoints need `<resource>:read`.\n\nSecond paragraph.");
    expect(html).toBe("<p><strong>Abilities.</strong> Read endpoints need <code>&lt;resource&gt;:read</code>.</p>\n<p>Second paragraph.</p>\n");
  });

  it("escapes raw HTML from a spec instead of passing it through", () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> <img src=x onerror="alert(2)">');
    expect(html).not.toMatch(/<script|<img/);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("drops links to script URLs and keeps ordinary ones", () => {
    expect(renderMarkdown("[x](javascript:alert(1))")).not.toContain("href");
    expect(renderMarkdown("[docs](https://example.com/docs)")).toContain('<a href="https://example.com/docs">docs</a>');
  });
});
