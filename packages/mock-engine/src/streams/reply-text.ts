import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { pointerSegments } from "@vendor-sdks/spec-kit/spec/json-pointer";

// the quoted request is cut here: a reply to an 8000-character message should still read as a reply
const MAX_QUOTE = 120;
// words per chunk: short enough that a reply arrives as several events, long enough to read like tokens
const WORDS_PER_CHUNK = 2;

export interface Reply {
  readonly chunks: readonly string[];
  /** Words in the answered request field (what the reply quotes). */
  readonly requestWords: number;
}

/**
 * The mock's reply to a request: `template` with `$quote` replaced by the request field at `answers`, cut into
 * chunks of a few words that concatenate back into the whole text.
 */
export function replyTo(template: string, answers: string | undefined, body: unknown): Reply {
  const asked = answers === undefined ? undefined : valueAt(body, answers);
  const text = typeof asked === "string" ? asked : asked === undefined ? "" : JSON.stringify(asked);
  const flat = text.replace(/\s+/g, " ").trim();
  const quote = flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1).trimEnd()}…` : flat;
  const reply = template.replace(/\$quote\b/g, quote);
  const words = reply.match(/\S+\s*/g) ?? [reply];
  const chunks: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_CHUNK) chunks.push(words.slice(i, i + WORDS_PER_CHUNK).join(""));
  return { chunks, requestWords: flat === "" ? 0 : flat.split(" ").length };
}

function valueAt(body: unknown, pointer: string): unknown {
  let value = body;
  for (const segment of pointerSegments(pointer)) {
    if (Array.isArray(value)) value = value[Number(segment)];
    else value = isObject(value) ? value[segment] : undefined;
  }
  return value;
}
