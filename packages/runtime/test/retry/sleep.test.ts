import { describe, expect, it } from "vitest";
import { sleep } from "../../src/retry/sleep.js";

describe("sleep", () => {
  it("waits through a delay longer than timers hold (over 2^31 ms) instead of firing after 1 ms", async () => {
    const controller = new AbortController();
    let settled = "";
    const waiting = sleep(2 ** 31, controller.signal).then(
      () => (settled = "resolved"),
      () => (settled = "aborted"),
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe("");
    controller.abort();
    await waiting;
    expect(settled).toBe("aborted");
  });
});
