import { isDeepStrictEqual } from "node:util";
import { pointerSegment } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { isObject } from "./located.ts";
import type { Side } from "./rules.ts";

export interface RawChange {
  readonly side: Side;
  readonly pointer: string;
  readonly change: "added" | "removed" | "changed";
}

/**
 * Where two documents differ, as the shallowest differing nodes (a changed array is one change). Catches what
 * no rule classifies, e.g. a description or an example, which still ships in the client's types and docs.
 */
export function rawChanges(before: unknown, after: unknown, limit: number, pointer = ""): RawChange[] {
  const out: RawChange[] = [];
  const walk = (a: unknown, b: unknown, at: string): void => {
    if (out.length >= limit || isDeepStrictEqual(a, b)) return;
    if (!isObject(a) || !isObject(b)) {
      out.push({ side: "new", pointer: at, change: "changed" });
      return;
    }
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const next = `${at}/${pointerSegment(key)}`;
      if (!(key in b)) out.push({ side: "old", pointer: next, change: "removed" });
      else if (!(key in a)) out.push({ side: "new", pointer: next, change: "added" });
      else walk(a[key], b[key], next);
      if (out.length >= limit) return;
    }
  };
  walk(before, after, pointer);
  return out;
}
