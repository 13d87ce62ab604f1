/**
 * `src/generated/mock-document.ts`, for a client package that exports `./msw`: the bundled spec its MSW handlers
 * answer from. The client ships its own copy so `npm install <client> msw` is all a consumer needs (no spec package,
 * no JSON import, which Node 20 still flags as experimental and browsers' bundlers treat each their own way); only
 * the `./msw` entry imports it, never the client's main entry. Undefined for a package without that entry.
 */
export function renderMockDocument(header: string, manifest: { readonly exports?: unknown }, doc: Record<string, unknown>): string | undefined {
  const exportsField = manifest.exports;
  if (typeof exportsField !== "object" || exportsField === null || !("./msw" in exportsField)) return undefined;
  // one JSON.parse of a string: V8 parses JSON faster than an object literal of the same size, and tsc does not
  // infer a type for a spec-sized literal on every type-check
  return (
    header +
    `/** The bundled OpenAPI document the package's MSW handlers (\`./msw\`) answer from. */\n` +
    `export const mockDocument: Record<string, unknown> = JSON.parse(${JSON.stringify(JSON.stringify(doc))}) as Record<string, unknown>;\n`
  );
}
