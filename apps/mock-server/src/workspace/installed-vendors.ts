import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { specPackageVendor, type MockVendor } from "./discover-vendors.js";

const SCOPE = "@vendor-sdks";

/**
 * Vendors from installed spec packages (`@vendor-sdks/<name>-openapi`, which carry `vendorSdks` and
 * `dist/openapi.json`): the ones this package depends on, so `npm install @vendor-sdks/mock-server` serves every
 * vendor without a checkout, plus any other spec package installed in the project at `projectDir`.
 */
export function discoverInstalledVendors(projectDir: string): MockVendor[] {
  const found = new Map<string, MockVendor>();
  const ownRequire = createRequire(import.meta.url);
  const own = JSON.parse(readFileSync(ownRequire.resolve("../../package.json"), "utf8")) as { dependencies?: Record<string, string> };
  const names = new Set(Object.keys(own.dependencies ?? {}).filter(isSpecPackage));
  const projectScope = join(projectDir, "node_modules", SCOPE);
  if (existsSync(projectScope)) for (const entry of readdirSync(projectScope)) if (isSpecPackage(`${SCOPE}/${entry}`)) names.add(`${SCOPE}/${entry}`);
  const projectRequire = createRequire(join(projectDir, "package.json"));
  for (const name of [...names].sort()) {
    const pkgPath = resolvePackageJson(name, [projectRequire, ownRequire]);
    if (pkgPath === undefined) continue;
    const vendor = vendorOfPackage(pkgPath);
    if (vendor && !found.has(vendor.name)) found.set(vendor.name, vendor);
  }
  return [...found.values()].sort((a, b) => a.name.localeCompare(b.name));
}

function isSpecPackage(name: string): boolean {
  return name.startsWith(`${SCOPE}/`) && name.endsWith("-openapi");
}

function resolvePackageJson(name: string, requires: readonly NodeJS.Require[]): string | undefined {
  for (const require of requires) {
    try {
      return require.resolve(`${name}/package.json`);
    } catch {
      // not installed where this require looks; try the next
    }
  }
  return undefined;
}

function vendorOfPackage(pkgPath: string): MockVendor | undefined {
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { vendorSdks?: { vendor?: unknown; mockPort?: unknown } };
  const meta = pkg.vendorSdks;
  if (typeof meta?.vendor !== "string" || typeof meta.mockPort !== "number") return undefined;
  return specPackageVendor(meta.vendor, meta.mockPort, dirname(pkgPath), "package");
}
