import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

export type Bump = "patch" | "minor" | "major";

const RANK: Record<Bump, number> = { patch: 1, minor: 2, major: 3 };

export function atLeast(declared: Bump | undefined, needed: Bump): boolean {
  return declared !== undefined && RANK[declared] >= RANK[needed];
}

/**
 * The largest bump each package gets from the pending changesets in `.changeset/*.md` (front matter of
 * `"<package>": major|minor|patch` lines, as `changeset add` writes them).
 */
export function pendingBumps(root: string): Map<string, Bump> {
  const dir = join(root, ".changeset");
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".md") && f !== "README.md");
  } catch {
    return new Map(); // no .changeset folder: nothing pending
  }
  const bumps = new Map<string, Bump>();
  for (const file of files.sort()) {
    for (const [name, bump] of parseChangeset(readFileSync(join(dir, file), "utf8"), file)) {
      const previous = bumps.get(name);
      if (!previous || RANK[bump] > RANK[previous]) bumps.set(name, bump);
    }
  }
  return bumps;
}

export function parseChangeset(text: string, file: string): [string, Bump][] {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---/.exec(text.trimStart());
  if (!match) throw new Error(`.changeset/${file}: no front matter (expected "---" lines around "<package>": <bump>).`);
  const front: unknown = parse(match[1] ?? "") ?? {};
  if (typeof front !== "object" || front === null || Array.isArray(front)) throw new Error(`.changeset/${file}: front matter must map package names to bumps.`);
  return Object.entries(front).map(([name, bump]) => {
    if (bump !== "major" && bump !== "minor" && bump !== "patch") {
      throw new Error(`.changeset/${file}: "${name}" has bump "${String(bump)}"; expected major, minor or patch.`);
    }
    return [name, bump];
  });
}
