import { describe, expect, it } from "vitest";
import { jsonText } from "../../src/scaffold/file-text.ts";
import { withMswEntry } from "../../src/scaffold/msw-entry.ts";

const manifest = {
  name: "@vendor-sdks/acme-ai",
  exports: { ".": { types: "./dist/index.d.ts", import: "./dist/index.js", default: "./dist/index.js" }, "./package.json": "./package.json" },
  dependencies: { "@vendor-sdks/runtime": "workspace:*" },
  devDependencies: { vitest: "^4.0.0" },
};

describe("withMswEntry", () => {
  const files = withMswEntry("acme-ai", { "package.json": jsonText(manifest), "src/index.ts": "export {};\n" });
  const written = JSON.parse(files["package.json"] as string) as Record<string, Record<string, unknown>>;

  it("adds the ./msw subpath before ./package.json, with node10 types through typesVersions", () => {
    expect(Object.keys(written.exports ?? {})).toEqual([".", "./msw", "./package.json"]);
    expect(written.exports?.["./msw"]).toEqual({ types: "./dist/msw.d.ts", import: "./dist/msw.js", default: "./dist/msw.js" });
    expect(written.typesVersions).toEqual({ "*": { msw: ["./dist/msw.d.ts"] } });
  });

  it("makes msw and the mock engine optional peers and dev dependencies, keeping the others", () => {
    expect(written.peerDependencies).toEqual({ "@vendor-sdks/mock-engine": "workspace:^", msw: "^2.7.0" });
    expect(written.peerDependenciesMeta).toEqual({ "@vendor-sdks/mock-engine": { optional: true }, msw: { optional: true } });
    expect(written.devDependencies).toMatchObject({ vitest: "^4.0.0", "@vendor-sdks/mock-engine": "workspace:*", msw: "^2.15.0" });
    expect(written.dependencies).toEqual({ "@vendor-sdks/runtime": "workspace:*" });
  });

  it("writes src/msw.ts against the generated mock document and operations, keeping the other files", () => {
    expect(files["src/index.ts"]).toBe("export {};\n");
    expect(files["src/msw.ts"]).toContain('import { mockDocument } from "./generated/mock-document.js";');
    expect(files["src/msw.ts"]).toContain("export type AcmeAiHandlersOptions = mockEngine.VendorHandlersOptions<operations>;");
    expect(files["src/msw.ts"]).toContain("export const handlers: msw.HttpHandler[] = createHandlers();");
  });
});
