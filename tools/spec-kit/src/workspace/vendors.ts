import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findRepoRoot } from "./repo-root.ts";

/** A vendor as the workspace declares it: `specs/<name>/package.json` with a `vendorSdks` field. */
export interface Vendor {
  /** Folder and package name stem, e.g. `hania`. */
  readonly name: string;
  readonly specPackage: string;
  readonly clientPackage: string;
  /** Fixed default port of its mock server. */
  readonly mockPort: number;
  readonly specDir: string;
  /** Hand-written root file (multi-file spec). */
  readonly rootFile: string;
  readonly bundledJson: string;
  readonly bundledYaml: string;
  /** `packages/<name>`; may not exist for a spec-only vendor. */
  readonly clientDir: string;
}

interface VendorSdksField {
  vendor: string;
  mockPort: number;
  client: string;
}

/**
 * Every vendor in the workspace, sorted by name. The list is derived from `specs/*`, so the mock server,
 * docs site and tests pick up a new vendor without an edit anywhere else.
 */
export function listVendors(root: string = findRepoRoot()): Vendor[] {
  const specsDir = join(root, "specs");
  if (!existsSync(specsDir)) throw new Error(`${specsDir} does not exist: is ${root} the vendor-sdks workspace?`);
  const vendors: Vendor[] = [];
  for (const entry of readdirSync(specsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const pkgPath = join(specsDir, entry.name, "package.json");
    if (!existsSync(pkgPath)) continue;
    const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { name: string; vendorSdks?: VendorSdksField };
    const meta = pkg.vendorSdks;
    if (!meta) continue;
    if (meta.vendor !== entry.name) {
      throw new Error(`${pkgPath}: vendorSdks.vendor is "${String(meta.vendor)}" but the folder is "${entry.name}"; they must match.`);
    }
    if (!Number.isInteger(meta.mockPort)) throw new Error(`${pkgPath}: vendorSdks.mockPort must be an integer port.`);
    const specDir = join(specsDir, entry.name);
    vendors.push({
      name: meta.vendor,
      specPackage: pkg.name,
      clientPackage: meta.client,
      mockPort: meta.mockPort,
      specDir,
      rootFile: join(specDir, "openapi.yaml"),
      bundledJson: join(specDir, "dist", "openapi.json"),
      bundledYaml: join(specDir, "dist", "openapi.yaml"),
      clientDir: join(root, "packages", entry.name),
    });
  }
  return vendors.sort((a, b) => a.name.localeCompare(b.name));
}

/** One vendor by name, or an error that lists the known ones. */
export function getVendor(name: string, root?: string): Vendor {
  const all = listVendors(root);
  const found = all.find((v) => v.name === name);
  if (!found) throw new Error(`Unknown vendor "${name}". Known vendors: ${all.map((v) => v.name).join(", ") || "(none)"}.`);
  return found;
}
