import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Vendor } from "../workspace/vendors.ts";

/** The files staleness is judged from: a spec's root file, its folder, and the bundle made from them. */
export type BundleFiles = Pick<Vendor, "rootFile" | "specDir" | "bundledJson">;

/**
 * True when `dist/openapi.json` is missing or older than a source file. A bundle without sources (a published spec
 * package) is never stale: it is served as it is. Kept apart from bundling so a reader that only checks (the mock
 * server at start-up) does not load the bundler.
 */
export function isBundleStale(files: BundleFiles): boolean {
  const source = newestSourceMtime(files);
  if (source === 0) return false;
  return source > mtimeOrZero(files.bundledJson);
}

/** The newest modification time among the root file and the YAML/JSON under `paths/` and `components/`. */
function newestSourceMtime(files: BundleFiles): number {
  let newest = mtimeOrZero(files.rootFile);
  for (const folder of ["paths", "components"]) {
    const dir = join(files.specDir, folder);
    let names: string[];
    try {
      names = readdirSync(dir, { recursive: true, encoding: "utf8" });
    } catch {
      continue; // a spec may have no such folder
    }
    for (const name of names) if (/\.(ya?ml|json)$/.test(name)) newest = Math.max(newest, mtimeOrZero(join(dir, name)));
  }
  return newest;
}

function mtimeOrZero(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
