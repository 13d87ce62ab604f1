import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { hashedFileName } from "../site/hashed-name.ts";
import { ASSETS_DIR } from "../site/site-layout.ts";

const require = createRequire(import.meta.url);

/**
 * The browser bundle of the `redoc` package the pages are pre-rendered with (src/redoc/prerender-redoc.ts):
 * hydration needs this exact build, with the React and styled-components versions it bundles.
 */
export function redocStandalonePath(): string {
  return join(dirname(require.resolve("redoc/package.json")), "bundles", "redoc.standalone.js");
}

/** Redoc's sidebar "API docs by Redocly" credit hot-links its logo from this CDN; the site must not need the network. */
const CDN_LOGO = /https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini\.svg/g;
const LOGO_TEXT = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14"><text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="600" fill="#0044d4">Redocly</text></svg>',
)}`;

export interface RedocAsset {
  readonly source: string;
  /** `redoc.standalone.<hash>.js`: served from `assets/` as an immutable file. */
  readonly fileName: string;
  /** Site-relative path, e.g. `assets/redoc.standalone.<hash>.js`. */
  readonly sitePath: string;
  /** Subresource-integrity hash of `source`, for the pages' script tag. */
  readonly integrity: string;
}

/** The bundle as the site serves it: the CDN-hosted logo replaced by an inline one with the same credit. */
export function localRedocAsset(): RedocAsset {
  const original = readFileSync(redocStandalonePath(), "utf8");
  if (original.search(CDN_LOGO) === -1) {
    throw new Error("Redoc's bundle no longer references its CDN logo: check what it loads from the network and update src/redoc/redoc-script.ts.");
  }
  const source = original.replace(CDN_LOGO, LOGO_TEXT);
  const fileName = hashedFileName("redoc.standalone.js", source);
  return { source, fileName, sitePath: `${ASSETS_DIR}/${fileName}`, integrity: `sha384-${createHash("sha384").update(source).digest("base64")}` };
}
