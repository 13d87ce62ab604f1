import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { pointerSegments } from "@vendor-sdks/spec-kit/spec/json-pointer";

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
