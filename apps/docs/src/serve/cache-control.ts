import { isHashedFileName } from "../site/hashed-name.ts";
import { ASSETS_DIR } from "../site/site-layout.ts";

/** A year, the longest max-age caches honour: a hashed asset's name changes with its bytes. */
export const IMMUTABLE = "public, max-age=31536000, immutable";
/** Pages, Markdown, llms.txt and downloads keep their URLs across builds: caches must revalidate every use. */
export const REVALIDATE = "no-cache";

/** The `Cache-Control` for a site path (`/assets/redoc.standalone.<hash>.js`, `/hapi/`, …). */
export function cacheControlFor(sitePath: string): string {
  const segments = sitePath.split("/").filter(Boolean);
  return segments.length === 2 && segments[0] === ASSETS_DIR && isHashedFileName(segments[1]!) ? IMMUTABLE : REVALIDATE;
}
