import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isCompressible, precompress } from "../../src/site/precompress.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "docs-precompress-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("precompress", () => {
  it("writes .br and .gz siblings that decompress to the file", async () => {
    const file = join(dir, "index.html");
    const html = `<p>${"operation ".repeat(500)}</p>`;
    writeFileSync(file, html);
    await precompress([file]);
    expect(brotliDecompressSync(readFileSync(`${file}.br`)).toString()).toBe(html);
    expect(gunzipSync(readFileSync(`${file}.gz`)).toString()).toBe(html);
  });

  it("leaves binary formats alone", async () => {
    const file = join(dir, "logo.png");
    writeFileSync(file, Buffer.alloc(4096));
    await precompress([file]);
    expect(isCompressible(file)).toBe(false);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });

  it("writes no sibling that would be larger, and removes one left by an earlier build", async () => {
    const file = join(dir, "llms.txt");
    writeFileSync(file, "x".repeat(1000));
    await precompress([file]);
    expect(existsSync(`${file}.br`)).toBe(true);
    expect(existsSync(`${file}.gz`)).toBe(true);
    writeFileSync(file, "x");
    await precompress([file]);
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });
});
