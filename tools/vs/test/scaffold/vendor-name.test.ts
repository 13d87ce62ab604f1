import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { vendorNameProblem } from "../../src/scaffold/vendor-name.ts";
import { demoSpec, tempWorkspace } from "@vendor-sdks/test-kit/workspace/temp-workspace";

describe("vendor names", () => {
  it("accepts lower-case names with digits and single dashes", () => {
    const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
    for (const name of ["acme", "acme-ai", "q2-labs", "vendor", "a"]) expect(vendorNameProblem(name, root), name).toBeUndefined();
  });

  it("refuses names that are not valid package names, too long or reserved", () => {
    const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
    for (const name of ["Acme", "acme_ai", "1acme", "acme-", "ac--me", "", "../acme", "acme/x"]) {
      expect(vendorNameProblem(name, root), name).toContain(`"${name}" is not a valid vendor name`);
    }
    expect(vendorNameProblem("a".repeat(41), root)).toContain("is too long");
    expect(vendorNameProblem("runtime", root)).toContain("reserved");
  });

  it("refuses a taken vendor, and a name whose packages another workspace package already is", () => {
    const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
    expect(vendorNameProblem("demo", root)).toBe('specs/demo/ already exists: vendor "demo" is taken.');
    mkdirSync(join(root, "packages", "widgets"), { recursive: true });
    expect(vendorNameProblem("widgets", root)).toBe('packages/widgets/ already exists: vendor "widgets" is taken.');
    // specs/demo is @vendor-sdks/demo-openapi, so a vendor "demo-openapi" would publish a second one
    expect(vendorNameProblem("demo-openapi", root)).toBe('"demo-openapi" would publish @vendor-sdks/demo-openapi, which specs/demo/ already is; choose another name.');
    mkdirSync(join(root, "apps", "tools"), { recursive: true });
    writeFileSync(join(root, "apps", "tools", "package.json"), JSON.stringify({ name: "@vendor-sdks/tools" }));
    expect(vendorNameProblem("tools", root)).toContain("which apps/tools/ already is");
  });
});
