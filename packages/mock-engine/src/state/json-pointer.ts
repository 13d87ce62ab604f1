import { isObject, pointerSegments } from "../spec/read-document.js";

/** The value at a JSON pointer in a parsed body (`""` is the body itself). */
export function valueAt(body: unknown, pointer: string): unknown {
  let current = body;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(current)) current = current[Number(segment)];
    else if (isObject(current)) current = current[segment];
    else return undefined;
  }
  return current;
}

/** `body` with `value` at `pointer` (the body itself replaced for `""`); missing parent objects are created. */
export function withValueAt(body: unknown, pointer: string, value: unknown): unknown {
  const segments = pointerSegments(pointer);
  const last = segments.pop();
  if (last === undefined) return value;
  const copy: unknown = structuredClone(body ?? {});
  let parent = copy;
  for (const segment of segments) {
    if (!isObject(parent)) return copy;
    parent[segment] ??= {};
    parent = parent[segment];
  }
  if (isObject(parent)) parent[last] = value;
  return copy;
}
