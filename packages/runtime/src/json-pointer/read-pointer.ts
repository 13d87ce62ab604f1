/** Reads the value at an RFC 6901 JSON pointer (`/data/items`, `` for the whole value); undefined when absent. */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return value;
  let current = value;
  for (const raw of pointer.slice(1).split("/")) {
    if (current === null || typeof current !== "object") return undefined;
    const key = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

type Prop<T, K extends string> = T extends readonly (infer E)[]
  ? K extends `${number}` ? E : unknown
  : T extends object
    ? K extends keyof T ? T[K] : unknown
    : unknown;

/** The type found at JSON pointer `P` inside `T` (mirrors {@link readPointer}). */
export type PointerValue<T, P extends string> = P extends "" | "/"
  ? T
  : P extends `/${infer Head}/${infer Rest}`
    ? PointerValue<Prop<T, Head>, `/${Rest}`>
    : P extends `/${infer Head}`
      ? Prop<T, Head>
      : unknown;
