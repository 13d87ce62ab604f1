import { describe, expect, it } from "vitest";
import { vendorOfChange } from "../../src/dev/vendor-of-change.ts";

describe("which vendor a file change under specs/ belongs to", () => {
  it("maps spec sources to their vendor", () => {
    expect(vendorOfChange("hania/openapi.yaml")).toBe("hania");
    expect(vendorOfChange("hania/paths/bots_{id}.yaml")).toBe("hania");
    expect(vendorOfChange("hapi/components/schemas/SyncEvent.yaml")).toBe("hapi");
  });

  it("ignores what cannot change a spec: bundles, tests, dependencies, editor files, top-level docs", () => {
    expect(vendorOfChange("hania/dist/openapi.json")).toBeUndefined();
    expect(vendorOfChange("hania/released/openapi.json")).toBeUndefined();
    expect(vendorOfChange("hania/test/fixtures/index.json")).toBeUndefined();
    expect(vendorOfChange("hania/node_modules/x/package.json")).toBeUndefined();
    expect(vendorOfChange("hania/paths/.bots.yaml.swp")).toBeUndefined();
    expect(vendorOfChange("hania/NOTES.md")).toBeUndefined();
    expect(vendorOfChange("EXTENSIONS.md")).toBeUndefined();
  });
});
