import { describe, expect, it } from "vitest";
import { AttemptDeadline } from "../../src/client/attempt-deadline.js";
import { TimeoutError } from "../../src/index.js";

const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(resolve, ms, value));

describe("an attempt's deadline", () => {
  it("settles like the work when the work finishes first", async () => {
    const deadline = new AttemptDeadline(200);
    await expect(deadline.race(after(5, "answer"))).resolves.toBe("answer");
    deadline.release();
    expect(deadline.timedOut).toBe(false);
  });

  it("rejects at the limit, while the work is still pending, and says it timed out", async () => {
    const deadline = new AttemptDeadline(30);
    const started = Date.now();
    const failure = await deadline.race(new Promise(() => {})).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TimeoutError);
    expect(String(failure)).toMatch(/timed out/);
    expect(deadline.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("fails whatever it was pointed at after the headers: the call reading the body", async () => {
    const deadline = new AttemptDeadline(30);
    await deadline.race(Promise.resolve("headers"));
    const bodyRead = new Promise((_resolve, reject) => (deadline.expire = reject));
    await expect(bodyRead).rejects.toBeDefined();
    expect(deadline.timedOut).toBe(true);
  });

  it("never fires once released", async () => {
    const deadline = new AttemptDeadline(20);
    let fired = false;
    deadline.expire = () => (fired = true);
    deadline.release();
    await after(60, undefined);
    expect(fired).toBe(false);
    expect(deadline.timedOut).toBe(false);
  });

  it("without a limit (streams, timeoutMs: 0) hands back the work itself", () => {
    const work = new Promise(() => {});
    expect(new AttemptDeadline(undefined).race(work)).toBe(work);
    expect(new AttemptDeadline(0).race(work)).toBe(work);
  });
});
