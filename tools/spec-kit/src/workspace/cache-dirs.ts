import { join } from "node:path";

/**
 * Where the docs build keeps each vendor's built files between builds (see apps/docs/src/site/vendor-files-cache.ts).
 * Under node_modules/.cache, the usual place for tool caches: ignored by git, gone with a clean install.
 */
export function docsPageCacheDir(root: string): string {
  return join(root, "apps", "docs", "node_modules", ".cache", "docs-site");
}
