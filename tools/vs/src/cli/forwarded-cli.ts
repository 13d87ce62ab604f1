import { spawn } from "node:child_process";
import { join } from "node:path";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";

/**
 * Another package's CLI that a `vs` command hands its arguments to (the mock server, the docs server). It declares
 * and parses them; `vs` asks it for its usage and for a verdict on the arguments by running its source through tsx,
 * so neither needs a build.
 */
export interface ForwardedCli {
  /** Who it is, for the help text: "the mock server". */
  readonly label: string;
  /** Its package folder, relative to the repo root; the child's working directory. */
  readonly packageDir: string;
  /**
   * Its entry point's source, relative to `packageDir`. It must parse its whole command line before it acts on
   * `--help` (so `<args> --help` exits 0 exactly when the arguments are valid), print its usage on `--help`, and
   * reject bad arguments with a non-zero exit and a message that names them.
   */
  readonly sourceEntry: string;
}

export interface ForwardedRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A usage check or a `--help` is instant; a child that takes longer than this is stuck. */
const TIMEOUT_MS = 60_000;

/**
 * `<argv> --help` run by the forwarded CLI: exit 0 with its usage on stdout when it accepts `argv`, otherwise its
 * exit code and its complaint on stderr. Nothing is started either way.
 */
export function askForwardedCli(cli: ForwardedCli, argv: readonly string[]): Promise<ForwardedRun> {
  return runSource(cli, [...argv, "--help"]);
}

function runSource(cli: ForwardedCli, args: readonly string[]): Promise<ForwardedRun> {
  const cwd = join(findRepoRoot(), cli.packageDir);
  const tsx = import.meta.resolve("tsx");
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", tsx, cli.sourceEntry, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"], timeout: TIMEOUT_MS });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("error", (error) => resolve({ code: 1, stdout, stderr: `${stderr}Could not run ${cli.label} (${cli.packageDir}/${cli.sourceEntry}): ${error.message}\n` }));
    child.once("close", (code, signal) =>
      resolve(code === null ? { code: 1, stdout, stderr: `${stderr}${cli.label} (${cli.packageDir}/${cli.sourceEntry}) did not answer: ${signal ?? "killed"}\n` } : { code, stdout, stderr }),
    );
  });
}
