import { spawn, type ChildProcess } from "node:child_process";

export interface ChildSpec {
  readonly label: string;
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  /** Stops the child (SIGTERM) when aborted; runToCompletion then resolves non-zero. */
  readonly signal?: AbortSignal;
}

/** Run one command to completion with inherited output; resolves to its exit code. */
export function runToCompletion(spec: ChildSpec): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, stdio: "inherit", ...(spec.signal ? { signal: spec.signal } : {}) });
    child.once("error", (e) => {
      if (e.name !== "AbortError") process.stderr.write(`${spec.label}: could not start ${spec.command}: ${e.message}\n`);
      resolve(1);
    });
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/**
 * Run long-lived children side by side until SIGINT/SIGTERM or until one of them exits; then stop the others.
 * Resolves to the first non-zero exit code (0 on a requested shutdown).
 */
export function superviseChildren(specs: readonly ChildSpec[]): Promise<number> {
  return new Promise((resolve) => {
    const children: ChildProcess[] = [];
    let stopping = false;
    let result = 0;
    let alive = specs.length;
    const stopAll = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill(signal);
    };
    const onSignal = (signal: NodeJS.Signals) => stopAll(signal);
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
    for (const spec of specs) {
      const child = spawn(spec.command, spec.args, { cwd: spec.cwd, stdio: "inherit" });
      children.push(child);
      child.once("error", (e) => process.stderr.write(`${spec.label}: could not start: ${e.message}\n`));
      child.once("exit", (code, signal) => {
        if (!stopping && code !== 0) {
          process.stderr.write(`${spec.label} exited with ${code ?? signal}; stopping the rest.\n`);
          result = result || (code ?? 1);
        }
        stopAll("SIGTERM");
        if (--alive === 0) {
          process.off("SIGINT", onSignal);
          process.off("SIGTERM", onSignal);
          resolve(result);
        }
      });
    }
  });
}
