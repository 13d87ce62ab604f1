import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rebuildVendor } from "../../src/dev/rebuild-vendor.ts";
import { demoSpec, tempWorkspace, thingsPath } from "@vendor-sdks/test-kit/workspace/temp-workspace";

describe("watch-mode rebuild of one vendor", () => {
  it("lints, bundles, regenerates, reloads the mock and rebuilds the docs page, one timed line per step", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
    const lines: string[] = [];
    const reloaded: string[] = [];
    const ok = await rebuildVendor(ws.root, "demo", { reloadMock: async (v) => (reloaded.push(v), "reloaded") }, (l) => lines.push(l));
    expect(ok).toBe(true);
    expect(lines.map((l) => l.split(/\s+/).slice(0, 2).join(" "))).toEqual(["demo lint", "demo bundle", "demo generate", "demo mock", "demo docs"]);
    for (const line of lines) expect(line).toMatch(/\d+ ms/);
    expect(reloaded).toEqual(["demo"]);
    expect(existsSync(join(ws.root, "packages/demo/src/generated/operations.ts"))).toBe(true);
    expect(existsSync(join(ws.root, "apps/docs/dist/demo/index.html"))).toBe(true);
  }, 120_000);

  it("prints lint problems with file and line, and stops at a spec that does not bundle", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec.replace("paths/things.yaml", "paths/missing.yaml"), "paths/things.yaml": thingsPath });
    const lines: string[] = [];
    const reloaded: string[] = [];
    const ok = await rebuildVendor(ws.root, "demo", { reloadMock: async (v) => (reloaded.push(v), "reloaded") }, (l) => lines.push(l));
    expect(ok).toBe(false);
    expect(lines.some((l) => /specs\/demo\/openapi\.yaml:\d+:\d+ error/.test(l))).toBe(true);
    expect(lines.some((l) => /demo\s+bundle\s+\d+ ms\s+FAILED/.test(l))).toBe(true);
    expect(reloaded).toEqual([]); // nothing stale is served as new
  }, 60_000);
});
