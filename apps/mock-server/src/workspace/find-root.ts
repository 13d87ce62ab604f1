import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";

/** The workspace root: the nearest folder at or above `from` holding pnpm-workspace.yaml. */
export function findWorkspaceRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, "pnpm-workspace.yaml"))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml found above ${from}: run this inside the vendor-sdks repo or pass --root.`);
    dir = parent;
  }
}
