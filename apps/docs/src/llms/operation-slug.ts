import type { OperationEntry } from "../spec/operations.ts";

/**
 * A file name for each operation's Markdown page, in the order given: its operationId where that is a safe file
 * name, else method and path; a clash (two ids differing only in unsafe characters) gets a numeric suffix.
 */
export function operationSlugs(entries: readonly OperationEntry[]): string[] {
  const used = new Set<string>();
  return entries.map(({ operation, method, path }) => {
    const base = safeName(operation.operationId ?? "") || safeName(`${method}-${path}`) || method;
    let slug = base;
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    used.add(slug.toLowerCase()); // case-insensitive file systems would merge `getBot` and `GetBot`
    return slug;
  });
}

function safeName(text: string): string {
  return text
    .replace(/[^A-Za-z0-9_-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^-|-$/g, "");
}
