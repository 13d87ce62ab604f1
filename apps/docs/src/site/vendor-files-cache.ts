import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Built files kept between builds, one folder per entry and key: a vendor's pre-rendered page, Markdown and spec
 * downloads (with their compressed siblings) are rebuilt only when their key changes. The key covers everything
 * the files are made from, so a stale entry is never served: the vendor's bundled spec, the Redoc bundle, and the
 * docs app's own sources and manifest (`sourceFingerprint`).
 */
export class BuiltFilesCache {
  constructor(readonly dir: string) {}

  static key(parts: readonly (string | Uint8Array)[]): string {
    const hash = createHash("sha256");
    for (const part of parts) hash.update(part).update("\0");
    return hash.digest("hex").slice(0, 24);
  }

  /** Copy the entry's files into `dest` when it is cached under `key`; false when it is not. */
  restore(entry: string, key: string, dest: string): boolean {
    const from = join(this.dir, entry, key);
    if (!existsSync(from)) return false;
    cpSync(from, dest, { recursive: true });
    return true;
  }

  /** Keep `src`'s files as the entry's only cached version (older keys of the entry are dropped). */
  store(entry: string, key: string, src: string): void {
    const entryDir = join(this.dir, entry);
    rmSync(entryDir, { recursive: true, force: true });
    mkdirSync(entryDir, { recursive: true });
    // Copied under a temporary name first: a build stopped half-way never leaves a partial entry behind.
    const partial = join(entryDir, `${key}.partial`);
    cpSync(src, partial, { recursive: true });
    renameSync(partial, join(entryDir, key));
  }
}

/** A fingerprint of every file under `dirs` (names and bytes), in a stable order. */
export function sourceFingerprint(dirs: readonly string[]): string {
  const hash = createHash("sha256");
  for (const dir of dirs) {
    const files = statSync(dir).isDirectory() ? readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => join(dir, f)) : [dir];
    for (const file of files.filter((f) => statSync(f).isFile()).sort()) hash.update(relative(dir, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}
