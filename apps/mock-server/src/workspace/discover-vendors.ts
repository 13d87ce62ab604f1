import { join } from "node:path";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";

/** A vendor as the mock serves it: a workspace's `specs/<name>/`, an installed spec package or a `--spec` file. */
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

/** Every vendor under `<root>/specs`, sorted by name (the spec kit's discovery), so a new vendor needs no edit here. */
export function discoverVendors(root: string): MockVendor[] {
  return listVendors(root).map((v) => specPackageVendor(v.name, v.mockPort, v.specDir, "workspace"));
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
