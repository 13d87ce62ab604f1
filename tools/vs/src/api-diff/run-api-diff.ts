import { ensureBundled } from "@vendor-sdks/spec-kit/spec/bundle";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { requiredBump } from "./bump-requirement.ts";
import { atLeast, pendingBumps, type Bump } from "./changesets.ts";
import { diffSpecs } from "./diff-specs.ts";
import { readReleasedSpec } from "./released-spec.ts";
import type { Finding } from "./rules.ts";
import { shippingPackage, type ShippingPackage } from "./shipping-package.ts";

export interface VendorApiDiff {
  readonly vendor: string;
  /** False for a vendor never released (no snapshot): there is nothing to break yet. */
  readonly released: boolean;
  readonly package: ShippingPackage;
  readonly findings: readonly Finding[];
  /** The bump the findings need, if any. */
  readonly required?: Bump;
  /** The largest bump pending changesets give the package, if any. */
  readonly declared?: Bump;
  readonly ok: boolean;
}

/** Compare each vendor's current bundle with its released snapshot and check the pending changesets cover it. */
export async function runApiDiff(vendors: readonly Vendor[], root: string): Promise<VendorApiDiff[]> {
  const bumps = pendingBumps(root);
  const results: VendorApiDiff[] = [];
  for (const vendor of vendors) {
    const pkg = shippingPackage(vendor);
    const declared = bumps.get(pkg.name);
    const released = readReleasedSpec(vendor);
    if (!released) {
      results.push({ vendor: vendor.name, released: false, package: pkg, findings: [], declared, ok: true });
      continue;
    }
    const findings = diffSpecs(released, await ensureBundled(vendor, root));
    const required = requiredBump(findings, pkg.version);
    results.push({ vendor: vendor.name, released: true, package: pkg, findings, required, declared, ok: !required || atLeast(declared, required) });
  }
  return results;
}
