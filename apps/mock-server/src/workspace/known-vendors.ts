import { discoverVendors, type MockVendor } from "./discover-vendors.js";
import { discoverInstalledVendors } from "./installed-vendors.js";
import { specFileVendor } from "./spec-file-vendor.js";

/**
 * Every vendor a run can serve: a workspace's `specs/*` when there is a workspace (it is authoritative there, so
 * a vendor scaffolded by `pnpm new-vendor` is served without an edit), else the installed spec packages; plus
 * the `--spec` files in both cases.
 */
export function knownVendors(root: string | undefined, specFiles: readonly string[] = [], projectDir = process.cwd()): MockVendor[] {
  const vendors = root === undefined ? discoverInstalledVendors(projectDir) : discoverVendors(root);
  const byName = new Map(vendors.map((v) => [v.name, v]));
  specFiles.forEach((file, i) => {
    const vendor = specFileVendor(file, i);
    if (byName.get(vendor.name)?.origin === "file") throw new Error(`Two --spec files are both named "${vendor.name}"; rename one.`);
    byName.set(vendor.name, vendor);
  });
  return [...byName.values()];
}
