import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/** Runs an ES module script with this package's TypeScript sources importable; returns its output and run time. */
function runScript(script: string) {
  const started = Date.now();
  const child = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
    cwd: fileURLToPath(new URL("../..", import.meta.url)),
    encoding: "utf8",
    timeout: 20_000,
  });
  return { out: child.stdout.trim(), err: child.stderr, status: child.status, ms: Date.now() - started };
}

const source = (file: string) => JSON.stringify(new URL(`../../src/client/${file}`, import.meta.url).href);

describe("keeping a timeout's timer list warm", () => {
  it("never holds a process open: a script whose attempts finished exits at once, not when the timeout would fire", () => {
    const run = runScript(`import { AttemptSignal } from ${source("attempt-signal.ts")};
      const attempt = new AttemptSignal(undefined, 15_000);
      attempt.release();
      console.log("done");`);
    expect(run.err).toBe("");
    expect(run.out).toBe("done");
    expect(run.ms).toBeLessThan(10_000);
  });

  it("leaves a pending attempt's own timer in charge: it still times out", () => {
    const run = runScript(`import { AttemptSignal } from ${source("attempt-signal.ts")};
      const attempt = new AttemptSignal(undefined, 200);
      attempt.signal.addEventListener("abort", () => console.log(attempt.timedOut ? "timed out" : "aborted"));`);
    expect(run.out).toBe("timed out");
  });
});
