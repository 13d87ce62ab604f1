/** JSON-pointer and local-`$ref` helpers for bundled specs (every `$ref` is local after bundling). */

type Json = Record<string, unknown>;

/** Escape one path segment for a JSON pointer. */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((s) => `/${pointerSegment(s)}`).join("");
}

/** The unescaped segments of a JSON pointer (`/a~1b/c` is `["a/b", "c"]`); `""` (the whole document) has none. */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Read the value at a JSON pointer, or undefined. */
export function getAtPointer(root: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return root;
  let node: unknown = root;
  for (const key of pointerSegments(pointer.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Json)[key];
  }
  return node;
}

/**
 * Follow local `$ref`s until a non-reference object; undefined for a dangling, non-local or circular reference
 * (a bundled spec has only local ones). `$ref` values are URI fragments, so they are percent-decoded.
 */
export function deref(doc: unknown, node: unknown): Json | undefined {
  let current = node;
  for (let i = 0; current && typeof current === "object" && "$ref" in current; i++) {
    const ref = String((current as { $ref: string }).$ref);
    if (i >= 32 || !ref.startsWith("#")) return undefined;
    current = getAtPointer(doc, decodeURIComponent(ref));
  }
  return current && typeof current === "object" ? (current as Json) : undefined;
}

/** The pointer a node really lives at: its `$ref` target when it is a reference, else `fallback`. */
export function refTarget(node: unknown, fallback: string): string {
  return node && typeof node === "object" && "$ref" in node ? String((node as { $ref: string }).$ref).replace(/^#/, "") : fallback;
}

/**
 * The pointer at which the node addressed by `pointer` really lives, following every `$ref` met on the way
 * (validators cannot walk a pointer through a reference, e.g. into a shared response's content).
 */
export function canonicalPointer(doc: unknown, pointer: string): string {
  let resolved = "";
  for (const raw of pointer.replace(/^#/, "").split("/").slice(1)) {
    let node = getAtPointer(doc, resolved);
    for (let i = 0; i < 32 && node && typeof node === "object" && "$ref" in node; i++) {
      resolved = String((node as { $ref: string }).$ref).replace(/^#/, "");
      node = getAtPointer(doc, resolved);
    }
    resolved = `${resolved}/${raw}`;
  }
  return resolved;
}
