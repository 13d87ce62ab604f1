import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { docsSizes } from "../../src/bench/docs-pages.ts";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("docsSizes", () => {
  it("reports each page, llms.txt and asset with the sizes of its .gz and .br siblings", () => {
    dir = mkdtempSync(join(tmpdir(), "bench-docs-"));
    mkdirSync(join(dir, "acme"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), "x".repeat(100));
    writeFileSync(join(dir, "acme", "index.html"), "x".repeat(300));
    writeFileSync(join(dir, "acme", "index.html.br"), "x".repeat(30));
    writeFileSync(join(dir, "acme", "index.html.gz"), "x".repeat(40));
    writeFileSync(join(dir, "assets", "redoc.standalone.0123456789.js"), "x".repeat(500));
    writeFileSync(join(dir, "assets", "redoc.standalone.0123456789.js.br"), "x".repeat(50));

    expect(docsSizes(dir, ["acme"])).toEqual([
      { file: "index.html", rawBytes: 100 },
      { file: "acme/index.html", rawBytes: 300, gzipBytes: 40, brotliBytes: 30 },
      { file: "assets/redoc.standalone.0123456789.js", rawBytes: 500, brotliBytes: 50 },
    ]);
  });

  it("says to build the site first when it is missing", () => {
    dir = mkdtempSync(join(tmpdir(), "bench-docs-"));
    expect(() => docsSizes(join(dir, "dist"), ["acme"])).toThrow(/has no index\.html: run pnpm docs:build first/);
  });
});
