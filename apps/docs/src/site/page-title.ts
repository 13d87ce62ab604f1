/** A vendor page's `<title>`: "HAPI Hub API reference", not "HAPI Hub API API reference". */
export function referenceTitle(apiTitle: string): string {
  const title = apiTitle.trim();
  return /\bAPI$/i.test(title) ? `${title} reference` : `${title} API reference`;
}
