import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { recordRollback } from "../../src/scaffold/tree-rollback.ts";
import { treeChanges, treeSnapshot } from "./tree-snapshot.ts";

function tempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), "vs-rollback-"));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, "specs"));
  writeFileSync(join(root, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
  return root;
}

describe("rolling back a scaffold", () => {
  it("removes the new folders, including parents it created, and restores files byte for byte", () => {
    const root = tempRoot();
    const before = treeSnapshot(root);
    const rollback = recordRollback(root, { newDirs: ["specs/acme", "packages/acme"], files: ["pnpm-lock.yaml", "pnpm-workspace.yaml"] });
    mkdirSync(join(root, "specs/acme/paths"), { recursive: true });
    mkdirSync(join(root, "packages/acme/src"), { recursive: true });
    writeFileSync(join(root, "pnpm-lock.yaml"), "changed\n");
    writeFileSync(join(root, "pnpm-workspace.yaml"), "created\n");

    expect(rollback.restore()).toEqual(["specs/acme/", "packages/", "pnpm-lock.yaml", "pnpm-workspace.yaml"]);
    expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
    expect(readFileSync(join(root, "pnpm-lock.yaml"), "utf8")).toBe("lockfileVersion: '9.0'\n");
  });

  it("leaves a file that is back as it was untouched, timestamp included", () => {
    const root = tempRoot();
    const lockfile = join(root, "pnpm-lock.yaml");
    const mtime = statSync(lockfile).mtimeMs;
    const rollback = recordRollback(root, { newDirs: ["specs/acme"], files: ["pnpm-lock.yaml"] });
    expect(rollback.restore()).toEqual([]);
    expect(statSync(lockfile).mtimeMs).toBe(mtime);
  });

  it("refuses to record a folder that already exists as new", () => {
    const root = tempRoot();
    expect(() => recordRollback(root, { newDirs: ["specs"], files: [] })).toThrow("specs/ already exists");
    expect(existsSync(join(root, "specs"))).toBe(true);
  });
});
