/**
 * Where things live in the built site. The build writes these paths, the pages, the index, `llms.txt` and the
 * server read them from here, so a rename happens once.
 */
export const SITE_INDEX = "index.html";
export const LLMS_TXT = "llms.txt";
/** Content-hashed, immutable files shared by every page. */
export const ASSETS_DIR = "assets";

/** Files under `<vendor>/`. */
export const VENDOR_PAGE = "index.html";
/** The vendor's Markdown overview for agents and terminals; it links one Markdown page per operation. */
export const VENDOR_MARKDOWN = "index.md";
export const OPERATIONS_DIR = "operations";
/** Byte copies of the bundled spec. */
export const SPEC_DOWNLOADS = ["openapi.json", "openapi.yaml"] as const;

/** `<vendor>/operations/<slug>.md`, relative to the vendor's folder. */
export function operationMarkdownPath(slug: string): string {
  return `${OPERATIONS_DIR}/${slug}.md`;
}
