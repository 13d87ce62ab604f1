import { execFile } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Manifest } from "./publishable-packages.ts";

const run = promisify(execFile);

export interface PackedPackage {
  /** The `.tgz` exactly as `pnpm publish` would upload it. */
  readonly tarball: string;
  /** The tarball unpacked: `<dir>/package.json` is the manifest a consumer's install reads. */
  readonly dir: string;
  readonly manifest: Manifest;
  /** Every file in the tarball, relative to the package root. */
  readonly files: readonly string[];
}

/**
 * `pnpm pack` (which rewrites `workspace:` ranges, as `pnpm publish` does) into `destination`, then unpack the
 * result next to it, so every check reads what would be published rather than the source folder.
 */
export async function packPackage(packageDir: string, destination: string): Promise<PackedPackage> {
  mkdirSync(destination, { recursive: true });
  const { stdout } = await run("pnpm", ["pack", "--json", "--pack-destination", destination], { cwd: packageDir, maxBuffer: 16 * 1024 * 1024 });
  const tarball = (JSON.parse(stdout) as { filename: string }).filename;
  const dir = join(destination, tarball.replace(/^.*[\\/]/, "").replace(/\.tgz$/, ""));
  mkdirSync(dir, { recursive: true });
  await run("tar", ["-xzf", tarball, "-C", dir, "--strip-components=1"]);
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as Manifest;
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).replaceAll("\\", "/"))
    .sort();
  return { tarball, dir, manifest, files };
}
