import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import ts from "typescript";

/** A relative import that leaves the package its file belongs to. */
export interface CrossPackageImport {
  /** The importing file, relative to the repo root. */
  readonly file: string;
  readonly specifier: string;
  /** The package folder (relative to the root, `.` for the root package) the import reaches into. */
  readonly reaches: string;
}

const SOURCE = /\.(ts|mts|cts|mjs|cjs|js)$/;
/** Built, installed and generated files are not written by hand, so their imports are not ours to police. */
const SKIPPED = /(^|\/)(node_modules|dist|generated)\//;

/**
 * Every relative import (static, dynamic, `export … from`, `require`) in the repo's sources that resolves outside
 * its own package: packages meet only through their `exports`, so turbo sees each edge as a declared dependency.
 * Files are those git tracks plus untracked ones it does not ignore; imports are read with TypeScript's scanner,
 * so an import written inside a string or template (a scaffold's file text) is not taken for one.
 */
export function findCrossPackageImports(root: string): CrossPackageImport[] {
  const listed = execFileSync("git", ["ls-files", "--cached", "--others", "--exclude-standard"], { cwd: root, encoding: "utf8" });
  const files = listed.split("\n").filter((file) => SOURCE.test(file) && !SKIPPED.test(file) && existsSync(join(root, file)));
  const found: CrossPackageImport[] = [];
  for (const file of files) {
    const owner = packageDirOf(root, join(root, file));
    for (const { fileName: specifier } of ts.preProcessFile(readFileSync(join(root, file), "utf8"), true, true).importedFiles) {
      if (!specifier.startsWith("./") && !specifier.startsWith("../")) continue;
      const target = resolve(dirname(join(root, file)), specifier);
      const reached = packageDirOf(root, target);
      if (reached !== owner) found.push({ file, specifier, reaches: relative(root, reached) || "." });
    }
  }
  return found;
}

/** The nearest folder at or above `path` with a package.json, never above `root` (the root package). */
function packageDirOf(root: string, path: string): string {
  let dir = dirname(path);
  while (dir !== root && dir.startsWith(root + sep)) {
    if (existsSync(join(dir, "package.json"))) return dir;
    dir = dirname(dir);
  }
  return root;
}
