import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The workspace root: the nearest folder at or above `from` holding pnpm-workspace.yaml and specs/. */
export function findWorkspaceRoot(from: string): string {
  const root = findWorkspaceRootOrUndefined(from);
  if (root === undefined) throw new Error(`No pnpm-workspace.yaml found above ${from}: run this inside the vendor-sdks repo or pass --root.`);
  return root;
}

/** Like findWorkspaceRoot, but outside a workspace (an app that installed the mock server) it is undefined. */
export function findWorkspaceRootOrUndefined(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml")) && existsSync(join(dir, "specs"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
