import { SseLineParser, type SseMessage } from "./sse-line-parser.js";

export interface ParseSseOptions {
  /** Called for every piece of the body as it arrives, comments and partial events included (e.g. to track idleness). */
  readonly onChunk?: () => void;
}

/**
 * Reads a `text/event-stream` body as events. UTF-8 characters split across chunks are reassembled.
 * When `signal` aborts, the body is cancelled and iteration ends without an error; breaking out of the loop
 * cancels the body too.
 */
export async function* parseSse(
  stream: ReadableStream<Uint8Array>,
  signal?: AbortSignal,
  options: ParseSseOptions = {},
): AsyncGenerator<SseMessage, void, undefined> {
  const reader = stream.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  const decoder = new TextDecoder();
  const parser = new SseLineParser();
  let finished = false;
  try {
    while (!signal?.aborted) {
      let chunk: Awaited<ReturnType<typeof reader.read>>; // not ReadableStreamReadResult: DOM-only, see tsconfig.node-only.json
      try {
        chunk = await reader.read();
      } catch (error) {
        if (signal?.aborted) return;
        throw error;
      }
      if (chunk.done) {
        finished = true;
        yield* parser.push(decoder.decode(), true);
        return;
      }
      options.onChunk?.();
      yield* parser.push(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    signal?.removeEventListener("abort", cancel);
    if (!finished) cancel();
  }
}
