import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The monorepo root: the nearest folder at or above `from` holding pnpm-workspace.yaml and specs/. */
export function findRepoRoot(from: string = process.cwd()): string {
  const root = findRepoRootOrUndefined(from);
  if (root === undefined) throw new Error(`No pnpm-workspace.yaml found above ${from}: run this inside the vendor-sdks repo.`);
  return root;
}

/**
 * Like findRepoRoot, but undefined outside the repo. `specs/` is part of the test because an app that installed
 * the mock server may well be a pnpm workspace of its own.
 */
export function findRepoRootOrUndefined(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(join(dir, "specs"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
