import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { isBundleStale } from "../../src/spec/bundle-staleness.ts";

describe("isBundleStale", () => {
  const specDir = mkdtempSync(join(tmpdir(), "spec-kit-stale-"));
  afterAll(() => rmSync(specDir, { recursive: true, force: true }));
  const files = { specDir, rootFile: join(specDir, "openapi.yaml"), bundledJson: join(specDir, "dist", "openapi.json") };
  const touch = (file: string, seconds: number) => {
    mkdirSync(join(file, ".."), { recursive: true });
    writeFileSync(file, "{}");
    utimesSync(file, seconds, seconds);
  };

  it("is stale without a bundle, or with one older than any source; never without sources", () => {
    expect(isBundleStale(files)).toBe(false); // nothing at all: a bundle without sources is served as it is
    touch(files.rootFile, 1_000);
    expect(isBundleStale(files)).toBe(true);
    touch(files.bundledJson, 2_000);
    expect(isBundleStale(files)).toBe(false);
    touch(join(specDir, "components", "schemas", "Bot.yaml"), 3_000);
    expect(isBundleStale(files)).toBe(true);
  });
});
