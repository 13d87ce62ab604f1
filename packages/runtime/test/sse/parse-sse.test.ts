import { describe, expect, it } from "vitest";
import { parseSse, type SseMessage } from "../../src/internal.js";

// A recorded stream exercising every field kind, CRLF/CR/LF endings, comments and multi-byte UTF-8.
const RECORDED =
  ": keep-alive comment\r\n" +
  "retry: 3000\r\n" +
  "id: 1\r\n" +
  "event: token\r\n" +
  'data: {"text":"héllo 👋"}\r\n' +
  "\r\n" +
  "data: line one\n" +
  "data: line two\n" +
  "data:no-space\n" +
  "\n" +
  "event: done\r" +
  "id: 2\r" +
  'data: {"total":2}\r' +
  "\r" +
  "data: dropped because the stream ends before a blank line";

const EXPECTED: SseMessage[] = [
  { event: "token", data: '{"text":"héllo 👋"}', id: "1", retry: 3000 },
  { event: "message", data: "line one\nline two\nno-space", id: "1" },
  { event: "done", data: '{"total":2}', id: "2" },
];

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Uint8Array>, signal?: AbortSignal): Promise<SseMessage[]> {
  const out: SseMessage[] = [];
  for await (const message of parseSse(stream, signal)) out.push(message);
  return out;
}

const bytes = new TextEncoder().encode(RECORDED);

describe("parseSse", () => {
  it("parses the recorded stream in one chunk", async () => {
    expect(await collect(streamOf([bytes]))).toEqual(EXPECTED);
  });

  it("gives the same events when the stream is split at every byte offset", async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      const events = await collect(streamOf([bytes.slice(0, cut), bytes.slice(cut)]));
      expect(events, `split at byte ${cut}`).toEqual(EXPECTED);
    }
  });

  it("gives the same events when every byte arrives alone", async () => {
    expect(await collect(streamOf([...bytes].map((b) => Uint8Array.of(b))))).toEqual(EXPECTED);
  });

  it("ignores an event with no data and strips a leading BOM", async () => {
    const text = "\uFEFFevent: ping\n\ndata: x\n\n";
    expect(await collect(streamOf([new TextEncoder().encode(text)]))).toEqual([{ event: "message", data: "x" }]);
  });

  it("ends without an error when the signal aborts mid-stream, and cancels the body", async () => {
    const controller = new AbortController();
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(new TextEncoder().encode("data: first\n\n"));
      },
      cancel() {
        cancelled = true;
      },
    });
    const seen: string[] = [];
    for await (const message of parseSse(stream, controller.signal)) {
      seen.push(message.data);
      controller.abort();
    }
    expect(seen).toEqual(["first"]);
    expect(cancelled).toBe(true);
  });

  it("tells onChunk about every piece of the body, comments and partial events included", async () => {
    const pieces = [": keepalive\n\n", "data: part", "ial\n\n"].map((t) => new TextEncoder().encode(t));
    let chunks = 0;
    const out: SseMessage[] = [];
    for await (const message of parseSse(streamOf(pieces), undefined, { onChunk: () => chunks++ })) out.push(message);
    expect(chunks).toBe(3);
    expect(out).toEqual([{ event: "message", data: "partial" }]);
  });
});
