import { relative } from "node:path";
import { ensureBundled } from "@vendor-sdks/spec-kit/spec/bundle";
import { listVendors, type Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import type { OpenApiDocument } from "../spec/openapi-types.ts";

export interface LoadedVendor {
  readonly vendor: Vendor;
  /** The bundled spec exactly as `specs/<vendor>/dist/openapi.json` holds it. */
  readonly doc: OpenApiDocument;
}

/**
 * Every vendor in the workspace with its bundled spec (bundled first if stale). One broken spec fails the
 * whole build, with an error that names the vendor and its root file.
 */
export async function loadVendorSpecs(root: string): Promise<LoadedVendor[]> {
  const vendors = listVendors(root);
  if (vendors.length === 0) throw new Error(`No vendors found under ${relative(process.cwd(), root) || "."}/specs: nothing to document.`);
  const loaded: LoadedVendor[] = [];
  for (const vendor of vendors) {
    try {
      loaded.push({ vendor, doc: (await ensureBundled(vendor, root)) as OpenApiDocument });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new Error(`Cannot load the spec of vendor "${vendor.name}" (${relative(root, vendor.rootFile)}): ${detail}`, { cause: error });
    }
  }
  return loaded;
}
