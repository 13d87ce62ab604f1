import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** The workspace's turbo CLI, which tooling runs directly with `process.execPath`. */
export function turboBin(root: string): string {
  return join(root, "node_modules", "turbo", "bin", "turbo");
}

/**
 * Build every workspace package (turbo, so a warm cache makes this a no-op). Tooling that consumes built
 * packages (smoke test, package checks, bench) calls it first: the tooling package cannot depend on the
 * packages it checks, since they depend on it for their own scripts.
 */
export function buildWorkspacePackages(root: string): void {
  const result = spawnSync(
    process.execPath,
    [turboBin(root), "run", "build", "--filter=./packages/*", "--filter=./specs/*", "--filter=./apps/*", "--output-logs=errors-only"],
    { cwd: root, encoding: "utf8", env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" } },
  );
  if (result.status !== 0) throw new Error(`Building the workspace packages failed:\n${result.stdout}\n${result.stderr}`);
}
