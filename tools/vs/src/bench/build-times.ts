import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { turboBin } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { docsPageCacheDir } from "@vendor-sdks/spec-kit/workspace/cache-dirs";

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
  /** `pnpm build` after that edit, run for real. */
  readonly afterEditMs: number;
  /** Vendors whose docs page the docs build reused from its page cache in that run. */
  readonly docsPagesReused: readonly string[];
}

/**
 * Cold `turbo run build` with the local cache cleared, a warm no-op rebuild (full cache hit), the tasks that an
 * edit of one vendor's spec (its `info.version`, which reaches the bundle, the client and the docs page)
 * invalidates, and the time of the build after that edit. The spec is restored and rebuilt afterwards.
 */
export function measureBuild(root: string, editVendor: string): BuildTimes {
  rmSync(join(root, ".turbo", "cache"), { recursive: true, force: true });
  rmSync(docsPageCacheDir(root), { recursive: true, force: true });
  const cold = turbo(root, ["run", "build", "--output-logs=none"]);
  const warm = turbo(root, ["run", "build", "--output-logs=none"]);
  // Fill the cache for `generate` too, so the dry run below shows what the edit invalidates, not what never ran.
  turbo(root, ["run", "build", "generate", "--output-logs=none"]);
  const specFile = join(root, "specs", editVendor, "openapi.yaml");
  const original = readFileSync(specFile, "utf8");
  try {
    const edited = original.replace(/^ {2}version: .*$/m, "  version: bench-edit");
    if (edited === original) throw new Error(`${specFile} has no info.version line to edit.`);
    writeFileSync(specFile, edited);
    const dry = JSON.parse(turbo(root, ["run", "build", "generate", "--dry=json"]).stdout) as { tasks: { taskId: string; command: string; cache: { status: string } }[] };
    const runnable = dry.tasks.filter((t) => t.command !== "<NONEXISTENT>");
    const rebuilt = turbo(root, ["run", "build", "--output-logs=new-only"]);
    return {
      coldMs: cold.ms,
      warmMs: warm.ms,
      afterSpecEdit: runnable.filter((t) => t.cache.status !== "HIT").map((t) => t.taskId),
      totalTasks: runnable.length,
      afterEditMs: rebuilt.ms,
      docsPagesReused: [...rebuilt.stdout.matchAll(/^\S*\s+(\S+)\s+unchanged: page and Markdown reused/gm)].map((m) => m[1] as string),
    };
  } finally {
    writeFileSync(specFile, original);
    turbo(root, ["run", "build", "--output-logs=none"]);
  }
}

export function gitDescribe(root: string): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}
