import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";

export interface ShippingPackage {
  readonly name: string;
  readonly version: string;
}

/**
 * The package whose release a spec change needs: the vendor's client (it compiles the spec into its types), or
 * the spec package itself for a vendor that has no client yet.
 */
export function shippingPackage(vendor: Vendor): ShippingPackage {
  const clientJson = join(vendor.clientDir, "package.json");
  if (existsSync(clientJson)) {
    const pkg = JSON.parse(readFileSync(clientJson, "utf8")) as { name?: string; version?: string };
    if (pkg.name === vendor.clientPackage) return { name: pkg.name, version: pkg.version ?? "0.0.0" };
  }
  const spec = JSON.parse(readFileSync(join(vendor.specDir, "package.json"), "utf8")) as { version?: string };
  return { name: vendor.specPackage, version: spec.version ?? "0.0.0" };
}
