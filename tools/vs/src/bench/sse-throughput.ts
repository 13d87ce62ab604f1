import { spread, type Spread } from "./results.ts";

type SseParser = (stream: ReadableStream<Uint8Array>) => AsyncIterable<unknown>;

/** A recorded-style SSE stream: `count` token events in 16 KiB chunks, split mid-line as networks do. */
export function sseChunks(count: number): Uint8Array[] {
  const text = Array.from({ length: count }, (_, i) => `event: token\nid: ${i}\ndata: {"text":"tok ${i} ✓"}\n\n`).join("");
  const bytes = new TextEncoder().encode(text);
  const chunks: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += 16_384) chunks.push(bytes.subarray(i, i + 16_384));
  return chunks;
}

function streamOf(chunks: readonly Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const next = chunks[i++];
      if (next) controller.enqueue(next);
      else controller.close();
    },
  });
}

/**
 * The baseline: the line splitter people hand-roll (decode, split on "\n", collect `data:` lines until a blank
 * line). It ignores CRLF, comments, `id`/`retry` and multi-line edge cases that our parser handles.
 */
export async function* naiveSse(stream: ReadableStream<Uint8Array>): AsyncIterable<{ event: string; data: string }> {
  const decoder = new TextDecoder();
  let buffer = "";
  let event = "message";
  let data: string[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(chunk, { stream: true });
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines) {
      if (line === "") {
        if (data.length) yield { event, data: data.join("\n") };
        event = "message";
        data = [];
      } else if (line.startsWith("data:")) data.push(line.slice(5).trimStart());
      else if (line.startsWith("event:")) event = line.slice(6).trim();
    }
  }
}

/** Events per second through `parser`, median of `rounds` passes over the same chunks. */
export async function eventsPerSecond(parser: SseParser, chunks: readonly Uint8Array[], expected: number, rounds = 5): Promise<Spread> {
  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    let n = 0;
    for await (const _ of parser(streamOf(chunks))) n++;
    const seconds = (performance.now() - start) / 1000;
    if (n !== expected) throw new Error(`SSE parser yielded ${n} events, expected ${expected}`);
    rates.push(n / seconds);
  }
  return spread(rates);
}
