import { escapeHtml } from "../html/escape-html.ts";
import { LLMS_TXT, SPEC_DOWNLOADS, VENDOR_MARKDOWN } from "../site/site-layout.ts";
import type { SpecSummary } from "../spec/spec-summary.ts";
import { renderMarkdown } from "./render-markdown.ts";

/** The site's front page: one card per vendor with what a reader needs before opening the reference. */
export function renderIndex(vendors: readonly SpecSummary[]): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>vendor-sdks API reference</title>
  <link rel="icon" href="data:," />
  <style>
    :root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328; background: #f6f8fa; }
    body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem; }
    h1 { margin-top: 0; }
    ul.vendors { list-style: none; padding: 0; display: grid; gap: 1rem; }
    li.vendor { background: #fff; border: 1px solid #d0d7de; border-radius: 8px; padding: 1rem 1.25rem; }
    li.vendor h2 { margin: 0 0 .5rem; font-size: 1.25rem; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .75rem 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eff1f3; padding: .1rem .3rem; border-radius: 4px; }
    .description p { margin: .5rem 0; }
    .description ul, .description ol { margin: .5rem 0; padding-left: 1.25rem; }
  </style>
</head>
<body>
  <h1>vendor-sdks API reference</h1>
  <p>Hand-written OpenAPI 3.1 specs of third-party APIs, each with a typed TypeScript client.
    For agents and terminals: <a class="llms-txt" href="${LLMS_TXT}">llms.txt</a> and one Markdown page per operation.</p>
  <ul class="vendors">
${vendors.map(renderVendor).join("\n")}
  </ul>
</body>
</html>
`;
}

function renderVendor(v: SpecSummary): string {
  const name = escapeHtml(v.vendor);
  return `    <li class="vendor" data-vendor="${name}">
      <h2><a class="reference" href="${name}/">${escapeHtml(v.title)}</a></h2>
      <div class="description">${renderMarkdown(v.description)}</div>
      <dl>
        <dt>Base URL</dt><dd><code class="base-url">${escapeHtml(v.baseUrl)}</code></dd>
        <dt>Spec version</dt><dd class="version">${escapeHtml(v.version)}</dd>
        <dt>Operations</dt><dd class="operation-count">${v.operationCount}</dd>
        <dt>Client</dt><dd><code class="install">npm install ${escapeHtml(v.clientPackage)}</code></dd>
        <dt>Spec</dt><dd>${SPEC_DOWNLOADS.map((file) => `<a href="${name}/${file}" download>${file}</a>`).join(" · ")}</dd>
        <dt>Markdown</dt><dd><a class="markdown" href="${name}/${VENDOR_MARKDOWN}">${VENDOR_MARKDOWN}</a> (one page per operation)</dd>
      </dl>
    </li>`;
}
