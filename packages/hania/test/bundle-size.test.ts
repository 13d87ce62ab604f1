import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { BROWSER_BUNDLE_BUDGET_BYTES, measureClientBundle, type BundleSize } from "@vendor-sdks/test-kit/bundle-size/bundle-size";

// The runtime's size budget. A bundle is deterministic for the same sources, so CI enforces it here; `pnpm bench`
// reports the same figure for every vendor.
describe("browser bundle", () => {
  // Deterministic, so one esbuild run serves every assertion.
  let size: BundleSize;
  beforeAll(async () => {
    size = await measureClientBundle(fileURLToPath(new URL("..", import.meta.url)), "createHaniaClient");
  });

  it(`createHaniaClient with the runtime and openapi-fetch stays within ${BROWSER_BUNDLE_BUDGET_BYTES / 1024} kB min+gzip`, () => {
    const detail = `min+gzip ${size.gzipBytes} B; minified parts ${JSON.stringify(size.parts)}`;
    expect(size.gzipBytes, detail).toBeLessThanOrEqual(BROWSER_BUNDLE_BUDGET_BYTES);
    expect(size.parts.runtime, detail).toBeGreaterThan(0);
  });

  it("leaves pagination and SSE out of a bundle that only creates a client (they are separate imports)", () => {
    const runtimeModules = size.modules.filter((m) => m.includes("/runtime/dist/")).map((m) => m.replace(/.*\/runtime\/dist\//, ""));
    expect(runtimeModules).toContain("client/create-vendor-client.js");
    expect(runtimeModules.filter((m) => m.startsWith("pagination/") || m.startsWith("sse/"))).toEqual([]);
  });
});
