import { describeFeatures } from "@vendor-sdks/mock-engine";
import { loadBundledSpec } from "../spec/load-bundled-spec.js";
import { selectVendors } from "../workspace/discover-vendors.js";
import { knownVendors } from "../workspace/known-vendors.js";
import type { VendorScenarios } from "./format-scenarios.js";
import { describeCredential, describeValidation } from "./describe-access.js";
import { listScenarios } from "./list-scenarios.js";

/** The scenarios of each selected vendor, read from its bundled spec, with the port it is served on by default. */
export async function vendorScenarios(root: string | undefined, names: readonly string[] = [], specs: readonly string[] = []): Promise<VendorScenarios[]> {
  const vendors = selectVendors(knownVendors(root, specs), names);
  return Promise.all(
    vendors.map(async (vendor) => {
      const document = await loadBundledSpec(vendor, root);
      const { operationCount, scenarios } = listScenarios(document);
      return {
        vendor: vendor.name,
        port: vendor.mockPort,
        operationCount,
        scenarios,
        credential: describeCredential(document),
        validation: describeValidation(document, operationCount),
        features: describeFeatures(document),
      };
    }),
  );
}
