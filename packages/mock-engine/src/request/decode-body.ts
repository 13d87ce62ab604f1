import { jsonErrorPosition } from "@vendor-sdks/spec-kit/spec/json-error-position";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";

/** A request body as Prism validates it, or what is wrong with it in words a developer can act on. */
export type DecodedBody = { readonly ok: true; readonly body: unknown } | { readonly ok: false; readonly message: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * JSON bodies are parsed here, so a malformed one is answered with the parse error and where it is (Prism's own
 * server never answered it at all); every other body goes to Prism as text, as prism-http-server passes it.
 * An empty body is `null`, Prism's "no body".
 */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): DecodedBody {
  if (bytes.length === 0) return { ok: true, body: null };
  if (!isJsonMediaType(contentType ?? "")) return { ok: true, body: lenient.decode(bytes) };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, message: `Request body is not valid UTF-8 (byte ${firstInvalidUtf8Byte(bytes)}), so it is not valid JSON.` };
  }
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `Request body is not valid JSON: ${jsonErrorWithPosition((error as Error).message, text)}` };
  }
}

/** V8's message with the line and column of the fault. */
function jsonErrorWithPosition(message: string, text: string): string {
  const reason = message.replace(/\s*in JSON at position \d+.*$/s, "").replace(/, ".*" is not valid JSON$/s, "");
  const where = jsonErrorPosition(text, message);
  return `${reason} at position ${where.position} (line ${where.line}, column ${where.column}).`;
}

/** Offset of the first byte that breaks UTF-8: the longest prefix that is valid so far ends there (bisection). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      low = middle;
    } catch {
      high = middle;
    }
  }
  return low;
}
