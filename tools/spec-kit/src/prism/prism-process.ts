import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { countOperations } from "../operations/walk-operations.ts";
import { freePort } from "./free-port.ts";

/** How long Prism gets to exit after SIGTERM before it is killed. */
const STOP_GRACE_MS = 5_000;

/**
 * How long Prism may take to listen on a spec of `operations` operations. Prism prepares every operation before it
 * listens (about 9 ms each on an idle 2-core machine: 23.6 s for 2,632), so the allowance grows with the spec, with
 * room for a loaded CI machine.
 */
export function prismStartTimeoutMs(operations: number): number {
  return 30_000 + 30 * operations;
}

export { countOperations };

export interface PrismProcess {
  readonly url: string;
  /** Everything Prism printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Start Prism 5 in mock mode on a bundled spec on a free loopback port. `--errors` makes Prism answer with an
 * error when a response it would send violates the spec, so contract tests catch invalid examples too.
 */
export async function startPrism(specFile: string, resolveFrom: string, extraArgs: readonly string[] = []): Promise<PrismProcess> {
  const operations = countOperations(JSON.parse(readFileSync(specFile, "utf8")) as Record<string, unknown>);
  const startTimeoutMs = prismStartTimeoutMs(operations);
  const require = createRequire(join(resolveFrom, "package.json"));
  const prismPkg = require.resolve("@stoplight/prism-cli/package.json");
  const bin = join(dirname(prismPkg), "dist", "index.js");
  const port = await freePort();
  const child = spawn(process.execPath, [bin, "mock", specFile, "-h", "127.0.0.1", "-p", String(port), "--errors", ...extraArgs], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr.on("data", (d: Buffer) => (log += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start within ${startTimeoutMs / 1000} s on ${specFile} (${operations} operations):\n${log}`)),
      startTimeoutMs,
    );
    const onData = () => {
      if (/Prism is listening/.test(log)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before listening on ${specFile}:\n${log}`));
    });
  });
  return {
    url,
    output: () => log,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      // A Prism that ignores SIGTERM must not hang the suite's teardown.
      const escalate = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(escalate);
    },
  };
}
