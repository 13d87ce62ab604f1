import { describe, expect, it } from "vitest";
import { renderMockDocument } from "../../src/codegen/mock-document.ts";

const doc = { openapi: "3.1.0", info: { title: "Demo `quoted` */", version: "1" }, paths: { "/things": {} } };

describe("renderMockDocument", () => {
  it("writes the bundled spec for a package that exports ./msw, parsed back to the same document", () => {
    const text = renderMockDocument("/** header */\n", { exports: { ".": "./dist/index.js", "./msw": "./dist/msw.js" } }, doc);
    expect(text).toMatch(/^\/\*\* header \*\/\n/);
    const literal = /JSON\.parse\((".*")\) as Record<string, unknown>;\n$/.exec(text ?? "")?.[1];
    expect(JSON.parse(JSON.parse(literal as string) as string)).toEqual(doc);
  });

  it("writes nothing for a package without the ./msw entry", () => {
    expect(renderMockDocument("", { exports: { ".": "./dist/index.js" } }, doc)).toBeUndefined();
    expect(renderMockDocument("", {}, doc)).toBeUndefined();
  });
});
