import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { releasedSpecPath } from "../api-diff/released-spec.ts";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";

export interface SnapshotResult {
  readonly vendor: string;
  readonly file: string;
  readonly changed: boolean;
}

/**
 * Record each vendor's current bundle as its "last released" spec, the baseline of `vs api:diff`. The release
 * flow runs this after `changeset version`, so the snapshot moves exactly when a release ships the spec.
 * Bundles from source (not from a possibly stale dist/) so the snapshot is what was released.
 */
export async function snapshotReleasedSpecs(vendors: readonly Vendor[], root: string): Promise<SnapshotResult[]> {
  const results: SnapshotResult[] = [];
  for (const vendor of vendors) {
    const { document } = await bundleSpec(vendor, root);
    const file = releasedSpecPath(vendor);
    const text = `${JSON.stringify(document, null, 2)}\n`;
    const changed = readOrEmpty(file) !== text;
    if (changed) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, text);
    }
    results.push({ vendor: vendor.name, file, changed });
  }
  return results;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    return "";
  }
}
