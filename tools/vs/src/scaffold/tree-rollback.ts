import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";

export interface Rollback {
  /** Put the recorded paths back as they were; returns what it had to undo (repo-relative). */
  restore(): string[];
}

/**
 * Record, before a change, how to undo it byte for byte: `newDirs` must not exist yet (the outermost folder the
 * change will create for each is removed), `files` are kept as they are now (or as absent). A file that is already
 * back as it was is not rewritten, so its timestamp stays too.
 */
export function recordRollback(root: string, change: { readonly newDirs: readonly string[]; readonly files: readonly string[] }): Rollback {
  const created = change.newDirs.map((dir) => {
    if (existsSync(join(root, dir))) throw new Error(`${dir}/ already exists: refusing to record it as new.`);
    return outermostMissing(root, dir);
  });
  const saved = change.files.map((file) => ({ file, bytes: existsSync(join(root, file)) ? readFileSync(join(root, file)) : undefined }));
  return {
    restore() {
      const undone: string[] = [];
      for (const dir of created) {
        if (!existsSync(join(root, dir))) continue;
        rmSync(join(root, dir), { recursive: true, force: true });
        undone.push(`${dir}/`);
      }
      for (const { file, bytes } of saved) {
        const path = join(root, file);
        const now = existsSync(path) ? readFileSync(path) : undefined;
        if (bytes === undefined && now !== undefined) rmSync(path, { force: true });
        else if (bytes !== undefined && (now === undefined || !now.equals(bytes))) writeFileSync(path, bytes);
        else continue;
        undone.push(file);
      }
      return undone;
    },
  };
}

/** `packages/acme` when `packages/` exists, else `packages`: what creating `dir` would add to the tree. */
function outermostMissing(root: string, dir: string): string {
  let missing = dir;
  for (let parent = dirname(dir); parent !== "." && parent !== "/" && !existsSync(join(root, parent)); parent = dirname(parent)) missing = parent;
  return relative(root, join(root, missing));
}
