import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const SKIPPED = new Set(["node_modules", ".git", ".turbo"]);

/**
 * Every file (by content hash) and folder of a tree, without installed packages or caches: two equal snapshots
 * mean the working tree is byte for byte the same.
 */
export function treeSnapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string, prefix: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const rel = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        entries.set(`${rel}/`, "dir");
        walk(join(dir, entry.name), rel);
      } else if (entry.isFile()) {
        entries.set(rel, createHash("sha256").update(readFileSync(join(dir, entry.name))).digest("hex"));
      }
    }
  };
  walk(root, "");
  return entries;
}

/** Paths added, removed or changed between two snapshots, sorted. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): string[] {
  const changed = new Set<string>();
  for (const [path, hash] of after) if (before.get(path) !== hash) changed.add(path);
  for (const path of before.keys()) if (!after.has(path)) changed.add(path);
  return [...changed].sort();
}
