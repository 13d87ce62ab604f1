import { spawn } from "node:child_process";
import type { ChildSpec } from "../processes/run-children.ts";

export interface VendorMock {
  /** The public URL the mock server reported for the vendor. */
  readonly url: string;
  /** Stop the mock server (SIGTERM, then SIGKILL after a grace period); resolves once it has exited. */
  stop(): Promise<void>;
}

export interface VendorMockOptions {
  /** The mock server's CLI, given only this vendor. */
  readonly cli: ChildSpec;
  readonly vendor: string;
  /** What it prints on stderr once it runs (a request error, say), one line at a time. */
  readonly onStderr: (line: string) => void;
  /** It exited although nobody stopped it. */
  readonly onUnexpectedExit: (reason: string) => void;
  /** How long the mock server may take to report the vendor ready before it counts as stuck (default 120 s). */
  readonly readyTimeoutMs?: number;
}

const STOP_GRACE_MS = 5_000;

/**
 * A preload that ends the mock server when its stdin closes, i.e. when the process that started it is gone, even
 * by SIGKILL: a dev session that dies must not leave mocks holding their ports.
 */
const EXIT_WITH_PARENT = `data:text/javascript,${encodeURIComponent("process.stdin.on('end',()=>process.exit(0));process.stdin.resume();")}`;

/**
 * Run the mock server's CLI for one vendor as a child process and resolve once it reports the mock ready, with the
 * URL from its table. Rejects with the mock server's own message when it exits first (a taken port, a spec that does
 * not load).
 */
export function startVendorMock(options: VendorMockOptions): Promise<VendorMock> {
  const { cli, vendor } = options;
  const child = spawn(cli.command, ["--import", EXIT_WITH_PARENT, ...cli.args], { cwd: cli.cwd, stdio: ["pipe", "pipe", "pipe"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let stdout = "";
  let stderr = "";
  let ready = false;
  let stopping = false;
  let partialLine = "";
  child.stderr.on("data", (chunk: Buffer) => {
    if (!ready) {
      stderr += chunk.toString();
      return;
    }
    const lines = (partialLine + chunk.toString()).split("\n");
    partialLine = lines.pop() ?? "";
    for (const line of lines) if (line.trim()) options.onStderr(line);
  });

  return new Promise<VendorMock>((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer);
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      reject(new Error(reason));
    };
    const timeoutMs = options.readyTimeoutMs ?? 120_000;
    const timer = setTimeout(() => fail(`the mock server did not report ${vendor}'s mock ready within ${timeoutMs / 1000} s.`), timeoutMs);
    child.once("error", (error) => fail(`could not start the mock server (${error.message}).`));
    // "close", not "exit": by then everything it wrote to stderr has been read.
    child.once("close", (code, signal) => {
      if (!ready) return fail(stderr.trim().replace(/^Mock server failed to start:\s*/, "") || `the mock server exited (${signal ?? `code ${code}`}) before it was ready.`);
      if (partialLine.trim()) options.onStderr(partialLine);
      if (!stopping) options.onUnexpectedExit(`the mock server exited (${signal ?? `code ${code}`}).`);
    });
    child.stdout.on("data", (chunk: Buffer) => {
      if (ready) return; // only its startup table matters; later output is read and dropped so the pipe never fills
      stdout += chunk.toString();
      if (!/\bmock\(s\) ready\b/.test(stdout)) return;
      const url = new RegExp(`^${vendor}\\s+(https?://\\S+)`, "m").exec(stdout)?.[1];
      if (!url) return fail(`the mock server started but its table names no URL for ${vendor}:\n${stdout.trim()}`);
      ready = true;
      clearTimeout(timer);
      resolve({
        url,
        async stop() {
          stopping = true;
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill("SIGTERM");
          const killer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
          await exited;
          clearTimeout(killer);
        },
      });
    });
  });
}
