import { getAtPointer, pointerOf } from "../spec/json-pointer.ts";
import { forEachSpecObject } from "../spec/walk-objects.ts";

/** A schema `pattern` (or `patternProperties` key) that no JavaScript RegExp can compile. */
export interface PatternProblem {
  /** JSON pointer to the pattern in the spec. */
  readonly pointer: string;
  readonly pattern: string;
  readonly message: string;
}

/** The error message when `pattern` does not compile as OpenAPI means it (ECMA-262, no `u` flag), else undefined. */
function patternError(pattern: string): string | undefined {
  try {
    new RegExp(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** Every pattern in the document that does not compile, with its pointer. */
export function findPatternProblems(document: unknown): PatternProblem[] {
  const problems: PatternProblem[] = [];
  forEachSpecObject(document, (node, path) => {
    const candidates: [string, (string | number)[]][] = [];
    if (typeof node.pattern === "string") candidates.push([node.pattern, [...path, "pattern"]]);
    if (node.patternProperties && typeof node.patternProperties === "object") {
      for (const key of Object.keys(node.patternProperties)) candidates.push([key, [...path, "patternProperties", key]]);
    }
    for (const [pattern, at] of candidates) {
      const message = patternError(pattern);
      if (message !== undefined) problems.push({ pointer: pointerOf(...at), pattern, message });
    }
  });
  return problems;
}

/** A copy of `document` without the patterns in `problems`: a pattern that cannot compile constrains nothing. */
export function withoutPatterns<T>(document: T, problems: readonly PatternProblem[]): T {
  if (problems.length === 0) return document;
  const copy = structuredClone(document);
  for (const { pointer } of problems) {
    const at = pointer.lastIndexOf("/");
    const parent = getAtPointer(copy, pointer.slice(0, at)) as Record<string, unknown>;
    delete parent[pointer.slice(at + 1).replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return copy;
}
