/** True in a page or a web worker, where a secret key would be visible to anyone using the site. */
export function isBrowserLike(): boolean {
  const g = globalThis as { window?: unknown; document?: unknown; importScripts?: unknown; navigator?: { product?: string } };
  return (typeof g.window !== "undefined" && typeof g.document !== "undefined") || typeof g.importScripts === "function";
}

/** The Node.js version, when running on Node. */
export function nodeVersion(): string | undefined {
  const p = (globalThis as { process?: { versions?: { node?: string } } }).process;
  return p?.versions?.node;
}
