import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateClient } from "../../src/codegen/generate-client.ts";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import { demoSpec, tempWorkspace, thingsPath } from "@vendor-sdks/test-kit/workspace/temp-workspace";

async function setup() {
  const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
  const { document } = await bundleSpec(ws.vendor, ws.root);
  return { ...ws, document, outDir: join(ws.vendor.clientDir, "src", "generated") };
}

describe("generateClient", () => {
  it("writes types, the operation table and spec info with a do-not-edit header", async () => {
    const { vendor, root, document, outDir } = await setup();
    const result = await generateClient(vendor, document, root, false);
    expect(result.written.sort()).toEqual(["operations.ts", "schema.ts", "spec-info.ts"].map((f) => `packages/demo/src/generated/${f}`));
    for (const f of ["schema.ts", "operations.ts", "spec-info.ts"]) expect(readFileSync(join(outDir, f), "utf8")).toMatch(/^\/\*\*\n \* Generated from specs\/demo\/openapi\.yaml.*Do not edit/);
    expect(readFileSync(join(outDir, "schema.ts"), "utf8")).toContain('"/things": {');
    const info = readFileSync(join(outDir, "spec-info.ts"), "utf8");
    expect(info).toContain('"defaultBaseUrl": "https://api.demo.test/v1"');
    expect(info).toContain('{"name":"@vendor-sdks/demo","version":"1.2.3"}');
  });

  it("--check passes on fresh output and fails, naming the file, when it is edited or extra", async () => {
    const { vendor, root, document, outDir } = await setup();
    await generateClient(vendor, document, root, false);
    expect((await generateClient(vendor, document, root, true)).stale).toEqual([]);
    writeFileSync(join(outDir, "schema.ts"), `${readFileSync(join(outDir, "schema.ts"), "utf8")}// hand edit\n`);
    writeFileSync(join(outDir, "extra.ts"), "export {};\n");
    const { stale } = await generateClient(vendor, document, root, true);
    expect(stale).toEqual(["packages/demo/src/generated/extra.ts (not produced by the generator)", "packages/demo/src/generated/schema.ts"]);
  });
});
