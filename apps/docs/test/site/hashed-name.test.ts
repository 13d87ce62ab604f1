import { describe, expect, it } from "vitest";
import { hashedFileName, isHashedFileName } from "../../src/site/hashed-name.ts";

describe("hashedFileName", () => {
  it("puts a 10-digit content hash before the extension, the same for the same bytes", () => {
    const name = hashedFileName("redoc.standalone.js", "console.log(1)");
    expect(name).toMatch(/^redoc\.standalone\.[0-9a-f]{10}\.js$/);
    expect(hashedFileName("redoc.standalone.js", "console.log(1)")).toBe(name);
  });

  it("gives changed content a new name", () => {
    expect(hashedFileName("app.js", "a")).not.toBe(hashedFileName("app.js", "b"));
  });

  it("refuses a name without an extension", () => {
    expect(() => hashedFileName("LICENSE", "x")).toThrow(/"LICENSE": it has no extension/);
  });
});

describe("isHashedFileName", () => {
  it("recognises hashed names only", () => {
    expect(isHashedFileName(hashedFileName("redoc.standalone.js", "x"))).toBe(true);
    expect(isHashedFileName("redoc.standalone.js")).toBe(false);
    expect(isHashedFileName("index.html")).toBe(false);
    expect(isHashedFileName("openapi.1234567890.json.br")).toBe(false);
  });
});
