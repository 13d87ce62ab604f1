import MarkdownIt from "markdown-it";

/**
 * CommonMark for spec descriptions on the index. `html: false` escapes any raw HTML a spec contains instead of
 * passing it through, and markdown-it's link check drops `javascript:`, `vbscript:`, `file:` and non-image
 * `data:` URLs, so a description can format text but never inject markup or script.
 */
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

export function renderMarkdown(text: string): string {
  return markdown.render(text);
}
