import type { IncomingMessage } from "node:http";

/** The request body, or how it failed: larger than the limit (read to its end and dropped), or cut off. */
export type BodyResult = { readonly kind: "ok"; readonly bytes: Buffer } | { readonly kind: "too-large"; readonly bytes: number } | { readonly kind: "aborted" };

/**
 * Read the whole body, keeping at most `limit` bytes. A larger one is still read to its end (and discarded) so the
 * client, still sending, reads our 413 instead of a reset connection; the server's request timeout bounds a
 * client that never finishes.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else chunks.length = 0;
    });
    req.once("end", () => resolve(size > limit ? { kind: "too-large", bytes: size } : { kind: "ok", bytes: Buffer.concat(chunks) }));
    req.once("error", () => resolve({ kind: "aborted" }));
    req.once("close", () => {
      if (!req.complete) resolve({ kind: "aborted" });
    });
  });
}
