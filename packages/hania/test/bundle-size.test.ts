import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { measureClientBundle } from "@vendor-sdks/scripts/bench/bundle-size";

// The runtime's size budget. A bundle is deterministic for the same sources, so CI enforces it here; `pnpm bench`
// reports the same figure for every vendor.
const BUDGET_BYTES = 8 * 1024;

describe("browser bundle", () => {
  it("createHaniaClient with the runtime and openapi-fetch stays within 8 kB min+gzip", async () => {
    const size = await measureClientBundle(fileURLToPath(new URL("..", import.meta.url)), "createHaniaClient");
    const detail = `min+gzip ${size.gzipBytes} B; minified parts ${JSON.stringify(size.parts)}`;
    expect(size.gzipBytes, detail).toBeLessThanOrEqual(BUDGET_BYTES);
    expect(size.parts.runtime, detail).toBeGreaterThan(0);
  });

  it("leaves pagination and SSE out of a bundle that only creates a client (they are separate imports)", async () => {
    const size = await measureClientBundle(fileURLToPath(new URL("..", import.meta.url)), "createHaniaClient");
    const runtimeModules = size.modules.filter((m) => m.includes("/runtime/dist/")).map((m) => m.replace(/.*\/runtime\/dist\//, ""));
    expect(runtimeModules).toContain("client/create-vendor-client.js");
    expect(runtimeModules.filter((m) => m.startsWith("pagination/") || m.startsWith("sse/"))).toEqual([]);
  });
});
