import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";

// `$name` or `$a.b.c`: a value the stream fills in (specs/EXTENSIONS.md#x-mock-stream lists them)
const PLACEHOLDER = /\$([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*)/g;
const WHOLE = /^\$([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9_-]+)*)$/;

/** The value of a placeholder by name (without `$`); undefined leaves the key out of the frame. */
export type Lookup = (name: string) => unknown;

/**
 * `template` with its placeholders filled: a string that is exactly one placeholder takes the value with its type
 * (an object, a number); inside a longer string a placeholder is replaced by its text.
 */
export function fillTemplate(template: unknown, lookup: Lookup): unknown {
  if (typeof template === "string") {
    const whole = WHOLE.exec(template);
    if (whole) return lookup(whole[1] as string);
    return template.replace(PLACEHOLDER, (_, name: string) => String(lookup(name) ?? ""));
  }
  if (Array.isArray(template)) return template.map((item) => fillTemplate(item, lookup));
  if (isObject(template)) {
    const filled: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(template)) {
      const result = fillTemplate(value, lookup);
      if (result !== undefined) filled[key] = result;
    }
    return filled;
  }
  return template;
}

/** Every placeholder in `template` with the JSON pointer (below the template) where it is used. */
export function placeholdersIn(template: unknown, at = ""): { name: string; pointer: string }[] {
  if (typeof template === "string") return [...template.matchAll(PLACEHOLDER)].map((m) => ({ name: m[1] as string, pointer: at }));
  if (Array.isArray(template)) return template.flatMap((item, i) => placeholdersIn(item, `${at}/${i}`));
  if (isObject(template)) return Object.entries(template).flatMap(([key, value]) => placeholdersIn(value, `${at}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return [];
}
