import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** The package.json fields the packaging checks read. */
export interface Manifest {
  readonly name: string;
  readonly version?: string;
  readonly private?: boolean;
  readonly [field: string]: unknown;
}

export interface WorkspacePackage {
  readonly name: string;
  /** Absolute folder of the package. */
  readonly dir: string;
  /** Folder relative to the repo root, e.g. `packages/hania`. */
  readonly relativeDir: string;
  readonly manifest: Manifest;
}

/**
 * Every package of the workspace, from the `dir/*` globs in pnpm-workspace.yaml, so a new vendor's packages
 * are checked and packed without an edit here.
 */
export function listWorkspacePackages(root: string): WorkspacePackage[] {
  const config = parse(readFileSync(join(root, "pnpm-workspace.yaml"), "utf8")) as { packages?: string[] };
  const found: WorkspacePackage[] = [];
  for (const pattern of config.packages ?? []) {
    const folders = pattern.endsWith("/*") ? childFolders(root, pattern.slice(0, -2)) : [pattern];
    for (const relativeDir of folders) {
      const pkgPath = join(root, relativeDir, "package.json");
      if (!existsSync(pkgPath)) continue;
      const manifest = JSON.parse(readFileSync(pkgPath, "utf8")) as Manifest;
      found.push({ name: manifest.name, dir: join(root, relativeDir), relativeDir, manifest });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** The packages that get published: every workspace package not marked `private`. */
export function listPublishablePackages(root: string): WorkspacePackage[] {
  return listWorkspacePackages(root).filter((p) => p.manifest.private !== true);
}

function childFolders(root: string, parent: string): string[] {
  const dir = join(root, parent);
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `${parent}/${e.name}`);
}
