/** Keys whose values are data, not spec structure: a `pattern` or `nullable` field inside an example is data. */
const VALUE_KEYS = new Set(["example", "examples", "default", "const", "enum"]);

/**
 * Visit every object of a spec document (not arrays themselves, but the objects in them) with its path, parents
 * before children, skipping example and default values. The callback may change the object it is given.
 */
export function forEachSpecObject(document: unknown, visit: (node: Record<string, unknown>, path: readonly (string | number)[]) => void): void {
  const walk = (node: unknown, path: (string | number)[]): void => {
    if (node === null || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => walk(item, [...path, i]));
      return;
    }
    const record = node as Record<string, unknown>;
    visit(record, path);
    for (const [key, value] of Object.entries(record)) if (!VALUE_KEYS.has(key)) walk(value, [...path, key]);
  };
  walk(document, []);
}
