import { escapeHtml } from "../html/escape-html.ts";
import type { PrerenderedRedoc } from "./prerender-redoc.ts";

/** The id of the `<script type="application/json">` holding Redoc's hydration state. */
export const REDOC_STATE_ID = "redoc-state";

export interface RedocPage {
  readonly title: string;
  readonly prerendered: PrerenderedRedoc;
  /** The Redoc bundle, relative to the page, and its integrity hash. */
  readonly script: { readonly src: string; readonly integrity: string };
  /** The vendor's Markdown overview, relative to the page. */
  readonly markdownHref: string;
}

/**
 * A vendor page: Redoc's server-rendered markup, readable as soon as the HTML arrives, then hydrated. The bundle is
 * `defer`red, and the inline module runs after it (deferred and module scripts run in document order once the
 * HTML is parsed), so nothing blocks the first paint.
 */
export function renderRedocPage({ title, prerendered, script, markdownHref }: RedocPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>${escapeHtml(title)}</title>
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <link rel="icon" href="data:," />
  <link rel="alternate" type="text/markdown" href="${escapeHtml(markdownHref)}" title="${escapeHtml(title)} as Markdown" />
  <style>body { margin: 0; padding: 0; }</style>
  ${prerendered.styleTags}
  <script defer src="${escapeHtml(script.src)}" integrity="${escapeHtml(script.integrity)}"></script>
</head>
<body>
  <div id="redoc">${prerendered.html}</div>
  <script type="application/json" id="${REDOC_STATE_ID}">${jsonForScript(prerendered.state)}</script>
  <script type="module">
    Redoc.hydrate(JSON.parse(document.getElementById("${REDOC_STATE_ID}").textContent), document.getElementById("redoc"));
  </script>
</body>
</html>
`;
}

/** JSON that cannot close its `<script>` element (`</script>`, `<!--`): every `<` becomes `\u003c`. */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
