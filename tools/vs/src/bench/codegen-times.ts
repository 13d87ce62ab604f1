import { renderGeneratedFiles } from "../codegen/generate-client.ts";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { spread, type Spread } from "./results.ts";

/** Median time to bundle one vendor's spec and to render its generated client code, in-process. */
export async function measureCodegen(vendor: Vendor, root: string, rounds = 5): Promise<{ bundle: Spread; generate: Spread }> {
  const bundles: number[] = [];
  const generates: number[] = [];
  for (let i = 0; i < rounds; i++) {
    let t = performance.now();
    const { document } = await bundleSpec(vendor, root);
    bundles.push(performance.now() - t);
    t = performance.now();
    await renderGeneratedFiles(vendor, document);
    generates.push(performance.now() - t);
  }
  return { bundle: spread(bundles), generate: spread(generates) };
}
