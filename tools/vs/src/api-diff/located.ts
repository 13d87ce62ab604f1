import { getAtPointer, pointerSegment } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { Json } from "./diff-context.ts";

/** A node of a bundled document together with the pointer at which it really lives. */
export interface Located {
  readonly node: Json;
  readonly pointer: string;
}

/**
 * Follow the node's local `$ref`s, tracking the pointer of the target, so that a change in a shared component
 * is reported once, at the component, whichever operation reached it.
 */
export function locate(doc: unknown, node: unknown, pointer: string): Located | undefined {
  let current = node;
  let at = pointer;
  for (let i = 0; i < 32 && isObject(current) && typeof current.$ref === "string"; i++) {
    at = current.$ref.replace(/^#/, "");
    current = getAtPointer(doc, at);
  }
  return isObject(current) ? { node: current, pointer: at } : undefined;
}

/** The located child `key` of a located node (following its `$ref`s). */
export function child(doc: unknown, parent: Located, ...keys: string[]): Located | undefined {
  let current: Located | undefined = parent;
  for (const key of keys) {
    if (!current) return undefined;
    current = locate(doc, current.node[key], `${current.pointer}/${pointerSegment(key)}`);
  }
  return current;
}

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

