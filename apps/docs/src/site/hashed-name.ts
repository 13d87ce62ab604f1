import { createHash } from "node:crypto";

/** Hex digits of content hash in a file name: enough to never collide across releases of one asset. */
const HASH_LENGTH = 10;
const HASHED = new RegExp(`\\.[0-9a-f]{${HASH_LENGTH}}\\.[A-Za-z0-9]+$`);

/**
 * `redoc.standalone.js` + content → `redoc.standalone.<hash>.js`. A changed file gets a new name, so hosts and
 * browsers may cache a hashed file forever.
 */
export function hashedFileName(name: string, content: string | Uint8Array): string {
  const hash = createHash("sha256").update(content).digest("hex").slice(0, HASH_LENGTH);
  const dot = name.lastIndexOf(".");
  if (dot <= 0) throw new Error(`Cannot hash the file name "${name}": it has no extension.`);
  return `${name.slice(0, dot)}.${hash}${name.slice(dot)}`;
}

/** Whether a file name carries a content hash made by `hashedFileName`. */
export function isHashedFileName(name: string): boolean {
  return HASHED.test(name);
}
