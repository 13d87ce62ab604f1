import { afterEach, describe, expect, it, vi } from "vitest";
import { waitFor } from "../../src/timing/wait-for.js";

afterEach(() => {
  vi.useRealTimers();
});

describe("waitFor", () => {
  it("resolves after the given time, not before", async () => {
    vi.useFakeTimers();
    let done = false;
    const waiting = waitFor(400).then(() => (done = true));
    await vi.advanceTimersByTimeAsync(399);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await waiting;
    expect(done).toBe(true);
  });

  it("resolves as soon as the caller aborts", async () => {
    vi.useFakeTimers();
    const controller = new AbortController();
    let done = false;
    const waiting = waitFor(60_000, controller.signal).then(() => (done = true));
    controller.abort();
    await waiting;
    expect(done).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });
});
