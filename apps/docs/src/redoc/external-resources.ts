/**
 * URLs a page would load from another host: `src`/`href` of scripts, stylesheets, preloads, images, iframes,
 * CSS `url()` and ES module imports. Plain links (`<a href>`) are navigation, not loads, so they are allowed.
 */
export function externalResources(html: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /<(?:script|img|iframe|source|audio|video|embed)\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi,
    /<link\b[^>]*\bhref\s*=\s*["']([^"']+)["']/gi,
    /url\(\s*["']?([^"')]+)["']?\s*\)/gi,
    /\bimport\s*(?:[^"'()]*?\bfrom\s*)?["']([^"']+)["']/g,
    /@import\s+["']([^"']+)["']/gi,
  ];
  for (const pattern of patterns) {
    for (const match of html.matchAll(pattern)) {
      const url = match[1]!;
      if (/^(?:https?:)?\/\//i.test(url)) found.add(url);
    }
  }
  return [...found];
}
