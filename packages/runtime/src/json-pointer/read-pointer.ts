// Pointers come from the spec (a handful per vendor) and are read on every unwrapped call: split them once.
const parsed = new Map<string, string[]>();

/** Reads the value at an RFC 6901 JSON pointer (`/data/items`, `` for the whole value); undefined when absent. */
export function readPointer(value: unknown, pointer: string): unknown {
  if (pointer === "" || pointer === "/") return value;
  let keys = parsed.get(pointer);
  if (!keys) parsed.set(pointer, (keys = pointer.slice(1).split("/").map((raw) => raw.replace(/~1/g, "/").replace(/~0/g, "~"))));
  let current = value;
  for (let i = 0; i < keys.length && current !== undefined; i++) {
    current = current !== null && typeof current === "object" ? (current as Record<string, unknown>)[keys[i] as string] : undefined;
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
