import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** Environment for commands run in a copy: no turbo telemetry, CI output (no TTY spinners). */
export const copyEnv: NodeJS.ProcessEnv = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", CI: "1" };

/** Run a command to completion; on failure the error carries its output, so a test says what broke. */
export function runIn(cwd: string, command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe", env: copyEnv, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}\n${e.stderr ?? ""}\n${e.message}`);
  }
}

export interface RepoCopy {
  readonly root: string;
  remove(): void;
}

/**
 * The repo as a fresh clone would have it (tracked and untracked files git does not ignore, as they are in the
 * working tree), installed from the local pnpm store: end-to-end tests change files there, never in the real tree.
 */
export function installedRepoCopy(prefix: string): RepoCopy {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const files = runIn(repoRoot, "git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(repoRoot, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(root, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(root, file));
  }
  // --prefer-offline: everything should come from the store, but a package missing there may still be fetched.
  runIn(root, "pnpm", ["install", "--prefer-offline", "--frozen-lockfile"]);
  // The first vs call builds the spec kit (a compiled package); done here, so no test times or counts that build.
  runIn(root, process.execPath, ["tools/vs/bin/vs.mjs", "--help"]);
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
