/** Just enough of OpenAPI 3.1 for the tests to build requests from a bundled spec. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export interface Operation {
  readonly method: string;
  readonly path: string;
  readonly operationId: string;
  readonly node: JsonObject;
  /** JSON pointer of the operation inside the document. */
  readonly pointer: string;
}

export const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Follow local `$ref`s (`#/components/...`) until a non-reference node. */
export function deref(document: JsonObject, node: Json | undefined): Json | undefined {
  let current = node;
  for (let hops = 0; isObject(current) && typeof current.$ref === "string" && hops < 32; hops++) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local $refs are supported in a bundled spec, got ${ref}`);
    current = ref
      .slice(2)
      .split("/")
      .map((s) => decodeURIComponent(s).replace(/~1/g, "/").replace(/~0/g, "~"))
      .reduce<Json | undefined>((n, key) => (isObject(n) ? n[key] : Array.isArray(n) ? n[Number(key)] : undefined), document);
  }
  return current;
}

export function listOperations(document: JsonObject): Operation[] {
  const paths = isObject(document.paths) ? document.paths : {};
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of METHODS) {
      const node = item[method];
      if (!isObject(node)) continue;
      operations.push({
        method,
        path,
        operationId: typeof node.operationId === "string" ? node.operationId : `${method} ${path}`,
        node,
        pointer: `/paths/${escapePointer(path)}/${method}`,
      });
    }
  }
  return operations;
}

/** A JSON media type (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(mediaType: string): boolean {
  return /^application\/([\w.-]+\+)?json\b/i.test(mediaType);
}

function at(document: JsonObject, pointer: string): Json | undefined {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<Json | undefined>((n, key) => (isObject(n) ? n[key] : Array.isArray(n) ? n[Number(key)] : undefined), document);
}

/** Append `segments` to `pointer`, following any `$ref` met on the way, so the result names the real node. */
export function resolvePointer(document: JsonObject, pointer: string, ...segments: string[]): string {
  let current = pointer;
  const follow = (): void => {
    for (let hops = 0; hops < 32; hops++) {
      const node = at(document, current);
      if (!isObject(node) || typeof node.$ref !== "string" || !node.$ref.startsWith("#/")) return;
      current = decodeURIComponent(node.$ref.slice(1));
    }
  };
  follow();
  for (const segment of segments) {
    current = `${current}/${escapePointer(segment)}`;
    follow();
  }
  return current;
}
