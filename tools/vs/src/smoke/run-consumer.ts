import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { ConsumerCallResult } from "./consumer-sources.ts";

export interface ScriptRun {
  readonly results: ConsumerCallResult[];
  /** Anything Node printed on stderr (e.g. an ExperimentalWarning for `require(esm)`). */
  readonly stderr: string;
}

/** Run a consumer script with the project's own Node resolution; each stdout line is one vendor's result. */
export function runConsumerScript(projectDir: string, script: string, baseUrls: Record<string, string>): Promise<ScriptRun> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [script, JSON.stringify(baseUrls)], { cwd: projectDir, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error) {
        reject(new Error(`node ${script} failed:\n${stderr || error.message}`));
        return;
      }
      const results = stdout
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as ConsumerCallResult);
      resolve({ results, stderr: stderr.trim() });
    });
  });
}

/**
 * `tsc -p <tsconfig>` in the consumer project with this repo's TypeScript: the compiler's version is ours, but
 * every type it resolves comes from the project's node_modules, i.e. from the tarballs. Resolves to tsc's
 * diagnostics; empty means the consumer file type-checks.
 */
export function typecheckConsumer(projectDir: string, tsconfig: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const tsc = join(dirname(require.resolve("typescript/package.json")), "bin", "tsc");
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, "-p", tsconfig, "--pretty", "false"], { cwd: projectDir, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve(error ? `${stdout}${stderr}`.trim() || error.message : "");
    });
  });
}
