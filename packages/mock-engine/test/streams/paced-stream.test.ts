import { afterEach, describe, expect, it, vi } from "vitest";
import { createFrameQueue } from "../../src/streams/frame-queue.js";
import { pacedStream, StreamDroppedError } from "../../src/streams/paced-stream.js";

const queueOf = (frames: string[], end = true) => {
  const queue = createFrameQueue();
  for (const frame of frames) queue.push(frame);
  if (end) queue.end();
  return queue;
};
const all = async (stream: AsyncIterable<string>): Promise<string[]> => {
  const chunks: string[] = [];
  for await (const chunk of stream) chunks.push(chunk);
  return chunks;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("pacedStream", () => {
  it("writes one frame per chunk, the next only after the delay (fake timers)", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    const iterator = pacedStream(queueOf(["a", "b"]), { delayMs: 100 })[Symbol.asyncIterator]();
    expect(await iterator.next()).toEqual({ done: false, value: "a" });
    let second: IteratorResult<string> | undefined;
    void iterator.next().then((r) => (second = r));
    await vi.advanceTimersByTimeAsync(99);
    expect(second).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(second).toEqual({ done: false, value: "b" });
    expect(await iterator.next()).toEqual({ done: true, value: undefined });
  });

  it("writes everything waiting in one chunk with a delay of 0", async () => {
    expect(await all(pacedStream(queueOf(["a", "b", "c"]), { delayMs: 0 }))).toEqual(["abc"]);
  });

  it("ends with the error frame after n frames, in the same write when bursting", async () => {
    expect(await all(pacedStream(queueOf(["a", "b", "c"]), { delayMs: 1, errorAfter: 2, errorFrame: () => "E" }))).toEqual(["a", "b", "E"]);
    expect(await all(pacedStream(queueOf(["a", "b", "c"]), { delayMs: 0, errorAfter: 2, errorFrame: () => "E" }))).toEqual(["abE"]);
  });

  it("throws after n frames to drop the connection, and calls onClose", async () => {
    const onClose = vi.fn();
    const chunks: string[] = [];
    await expect(
      (async () => {
        for await (const chunk of pacedStream(queueOf(["a", "b", "c"]), { delayMs: 0, dropAfter: 2, onClose })) chunks.push(chunk);
      })(),
    ).rejects.toBeInstanceOf(StreamDroppedError);
    expect(chunks).toEqual(["ab"]);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it("ends a stream waiting for frames as soon as the signal aborts, and calls onClose once", async () => {
    const gone = new AbortController();
    const onClose = vi.fn();
    const iterator = pacedStream(queueOf([], false), { delayMs: 0, signal: gone.signal, onClose })[Symbol.asyncIterator]();
    const pending = iterator.next();
    gone.abort();
    expect(await pending).toEqual({ done: true, value: undefined });
    await iterator.return?.();
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
