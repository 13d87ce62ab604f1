import { SseLineParser, type SseMessage } from "./sse-line-parser.js";

/**
 * Reads a `text/event-stream` body as events. UTF-8 characters split across chunks are reassembled.
 * When `signal` aborts, the body is cancelled and iteration ends without an error; breaking out of the loop
 * cancels the body too.
 */
export async function* parseSse(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): AsyncGenerator<SseMessage, void, undefined> {
  const reader = stream.getReader();
  const cancel = () => void reader.cancel().catch(() => {});
  signal?.addEventListener("abort", cancel, { once: true });
  const decoder = new TextDecoder();
  const parser = new SseLineParser();
  let finished = false;
  try {
    while (!signal?.aborted) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
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
      yield* parser.push(decoder.decode(chunk.value, { stream: true }));
    }
  } finally {
    signal?.removeEventListener("abort", cancel);
    if (!finished) cancel();
  }
}
