import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/**
 * The Redoc browser bundle that `redocly build-docs` pre-renders with. Pages hydrate their server-rendered
 * markup with it, so it must be this exact build (the `redoc` 2.x package is a different, incompatible major).
 */
export function redocStandalonePath(): string {
  return join(dirname(require.resolve("@redocly/cli/package.json")), "lib", "chunks", "redoc.standalone.js");
}

/** Where pages load the script from, relative to `dist/<vendor>/index.html`. Served once for every page. */
export const LOCAL_REDOC_SCRIPT = "../assets/redoc.standalone.js";

/** Redoc's sidebar "API docs by" badge hot-links its logo from this CDN; the site must not need the network. */
const CDN_LOGOS = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(?:-full)?\.svg/g;
const LOGO_TEXT = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14"><text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

export interface RedocAsset {
  readonly source: string;
  /** Subresource-integrity hash of `source`, for the pages' `modulepreload` link. */
  readonly integrity: string;
}

/** The bundle as the site serves it: the CDN-hosted logo replaced by an inline one with the same credit. */
export function localRedocAsset(): RedocAsset {
  const original = readFileSync(redocStandalonePath(), "utf8");
  if (original.search(CDN_LOGOS) === -1) {
    throw new Error("Redoc's bundle no longer references its CDN logo: check what it loads from the network and update src/redoc/redoc-script.ts.");
  }
  const source = original.replace(CDN_LOGOS, LOGO_TEXT);
  return { source, integrity: `sha384-${createHash("sha384").update(source).digest("base64")}` };
}

/** `build-docs` imports Redoc from `https://cdn.redocly.com/redoc/v<version>/bundles/redoc.standalone.js`. */
const CDN_SCRIPT = /https:\/\/cdn\.redocly\.com\/redoc\/v[^"'\s]+\/redoc\.standalone\.js/g;
const INTEGRITY = /integrity="sha384-[^"]+"/g;

/**
 * Point the page at the site's own copy of Redoc, with that copy's integrity hash. Fails if the CLI changed
 * how it references Redoc, rather than shipping a page that needs the network.
 */
export function useLocalRedocScript(html: string, asset: RedocAsset): string {
  if (html.search(CDN_SCRIPT) === -1) {
    throw new Error("redocly build-docs output has no Redoc CDN script to replace: its template changed; update src/redoc/redoc-script.ts.");
  }
  return html.replace(CDN_SCRIPT, LOCAL_REDOC_SCRIPT).replace(INTEGRITY, `integrity="${asset.integrity}"`);
}
