import { execFileSync, spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { turboBin } from "../workspace/build-packages.ts";

function turbo(root: string, args: string[]): { ms: number; stdout: string } {
  const start = performance.now();
  const result = spawnSync(process.execPath, [turboBin(root), ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  if (result.status !== 0) throw new Error(`turbo ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return { ms, stdout: result.stdout };
}

export interface BuildTimes {
  readonly coldMs: number;
  readonly warmMs: number;
  /** Tasks turbo would run after a one-line edit of one vendor's spec, by task id. */
  readonly afterSpecEdit: readonly string[];
  readonly totalTasks: number;
}

/**
 * Cold `turbo run build` with the local cache cleared, a warm no-op rebuild (full cache hit), and the tasks that
 * an edit of one vendor's spec invalidates (turbo's dry run, so nothing is rebuilt for it).
 */
export function measureBuild(root: string, editVendor: string): BuildTimes {
  rmSync(join(root, ".turbo", "cache"), { recursive: true, force: true });
  const cold = turbo(root, ["run", "build", "--output-logs=none"]);
  const warm = turbo(root, ["run", "build", "--output-logs=none"]);
  // Fill the cache for `generate` too, so the dry run below shows what the edit invalidates, not what never ran.
  turbo(root, ["run", "build", "generate", "--output-logs=none"]);
  const specFile = join(root, "specs", editVendor, "openapi.yaml");
  const original = readFileSync(specFile, "utf8");
  try {
    appendFileSync(specFile, "\n# bench: one-line edit\n");
    const dry = JSON.parse(turbo(root, ["run", "build", "generate", "--dry=json"]).stdout) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
    const runnable = dry.tasks.filter((t) => t.command !== "<NONEXISTENT>");
    return {
      coldMs: cold.ms,
      warmMs: warm.ms,
      afterSpecEdit: runnable.filter((t) => t.cache.status !== "HIT").map((t) => t.taskId),
      totalTasks: runnable.length,
    };
  } finally {
    writeFileSync(specFile, original);
  }
}

export function gitDescribe(root: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}
