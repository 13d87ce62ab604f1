import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";

export const CLI = join(import.meta.dirname, "..", "..", "dist", "cli.js");

export interface CliRun {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (or the signal's name). */
  readonly exited: Promise<number | string>;
}

/** Run the built CLI as a user would: `node dist/cli.js ...args` (or another copy of it, `cli`), in `cwd`. */
export function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}, options: { readonly cwd?: string; readonly cli?: string } = {}): CliRun {
  // DOCS_PORT from the developer's shell would move the docs links the tests expect on the default port
  const child = spawn(process.execPath, [options.cli ?? CLI, ...args], {
    env: { ...process.env, DOCS_PORT: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    ...(options.cwd === undefined ? {} : { cwd: options.cwd }),
  });
  let out = "";
  let err = "";
  child.stdout?.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (err += c.toString()));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? -1)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

/** Wait for the "ready" line; fail with everything the CLI printed if it exits or stalls instead. */
export async function waitUntilReady(run: CliRun, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!/ready in/.test(run.stdout())) {
    if (run.child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`CLI did not become ready (exit ${run.child.exitCode}).\nstdout:\n${run.stdout()}\nstderr:\n${run.stderr()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The CLI's exit code, failing if it is still running `hangGuardMs` after `what` (e.g. "SIGTERM"): a real wait for
 * a child process, whose bound catches a hang, not slowness.
 */
export async function exitCodeWithin(run: CliRun, hangGuardMs: number, what: string): Promise<number | string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hung = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`The CLI was still running ${hangGuardMs} ms after ${what}.\nstderr:\n${run.stderr()}`)), hangGuardMs);
  });
  try {
    return await Promise.race([run.exited, hung]);
  } finally {
    clearTimeout(timer);
  }
}
