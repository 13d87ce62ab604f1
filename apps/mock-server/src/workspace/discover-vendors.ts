import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * A vendor as the workspace declares it (`specs/<name>/package.json`, field `vendorSdks`). Read here rather
 * than imported from `@vendor-sdks/scripts`, whose sources are TypeScript and this package runs as plain JS.
 */
export interface MockVendor {
  /** Folder name, e.g. `hania`: what users type on the command line. */
  readonly name: string;
  /** The fixed default port from `vendorSdks.mockPort`. */
  readonly mockPort: number;
  readonly specDir: string;
  /** Hand-written root file of the multi-file spec. */
  readonly rootFile: string;
  /** The bundled spec the mock serves (an OpenAPI file of any name for `--spec`). */
  readonly bundledJson: string;
  /**
   * Where the vendor comes from: a workspace's `specs/<name>/` (re-bundled when its sources are newer), an
   * installed spec package (`@vendor-sdks/<name>-openapi`, served as published), or a file given with `--spec`.
   */
  readonly origin: "workspace" | "package" | "file";
}

interface VendorSdksField {
  readonly vendor?: unknown;
  readonly mockPort?: unknown;
}

/** Every vendor under `<root>/specs`, sorted by name, so a new vendor needs no edit here. */
export function discoverVendors(root: string): MockVendor[] {
  const specsDir = join(root, "specs");
  if (!existsSync(specsDir)) throw new Error(`${specsDir} does not exist: is ${root} the vendor-sdks workspace?`);
  const vendors: MockVendor[] = [];
  for (const entry of readdirSync(specsDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const pkgPath = join(specsDir, entry.name, "package.json");
    if (!existsSync(pkgPath)) continue;
    const meta = (JSON.parse(readFileSync(pkgPath, "utf8")) as { vendorSdks?: VendorSdksField }).vendorSdks;
    if (!meta) continue;
    if (meta.vendor !== entry.name) {
      throw new Error(`${pkgPath}: vendorSdks.vendor is "${String(meta.vendor)}" but the folder is "${entry.name}"; they must match.`);
    }
    if (typeof meta.mockPort !== "number" || !Number.isInteger(meta.mockPort)) {
      throw new Error(`${pkgPath}: vendorSdks.mockPort must be an integer port.`);
    }
    vendors.push(specPackageVendor(entry.name, meta.mockPort, join(specsDir, entry.name), "workspace"));
  }
  return vendors.sort((a, b) => a.name.localeCompare(b.name));
}

/** The vendor of a spec package folder (`openapi.yaml` + `dist/openapi.json`), in a workspace or installed. */
export function specPackageVendor(name: string, mockPort: number, specDir: string, origin: "workspace" | "package"): MockVendor {
  return { name, mockPort, specDir, rootFile: join(specDir, "openapi.yaml"), bundledJson: join(specDir, "dist", "openapi.json"), origin };
}

/** The vendors a user named, in the order named; all of them when none is named. */
export function selectVendors(all: readonly MockVendor[], names: readonly string[]): MockVendor[] {
  if (names.length === 0) return [...all];
  return names.map((name) => {
    const found = all.find((v) => v.name === name.toLowerCase());
    if (!found) throw new Error(`Unknown vendor "${name}". Known vendors: ${all.map((v) => v.name).join(", ") || "(none)"}.`);
    return found;
  });
}
