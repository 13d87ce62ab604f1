import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { requiredBump } from "../../src/api-diff/bump-requirement.ts";
import { atLeast, parseChangeset, pendingBumps } from "../../src/api-diff/changesets.ts";
import type { Finding } from "../../src/api-diff/rules.ts";

const breaking: Finding = { rule: "operation-removed", breaking: true, side: "old", pointer: "/paths/~1a/get", message: "GET /a removed" };
const additive: Finding = { rule: "operation-added", breaking: false, side: "new", pointer: "/paths/~1b/get", message: "GET /b added" };

describe("requiredBump", () => {
  it("needs a major for a breaking change from 1.0 on", () => {
    expect(requiredBump([additive, breaking], "1.4.0")).toBe("major");
  });
  it("needs a minor for a breaking change while the client is 0.x", () => {
    expect(requiredBump([breaking], "0.1.0")).toBe("minor");
  });
  it("needs a patch for non-breaking changes, nothing when nothing changed", () => {
    expect(requiredBump([additive], "0.1.0")).toBe("patch");
    expect(requiredBump([additive], "2.0.0")).toBe("patch");
    expect(requiredBump([], "2.0.0")).toBeUndefined();
  });
});

describe("atLeast", () => {
  it("accepts an equal or larger bump and rejects a smaller or missing one", () => {
    expect(atLeast("major", "minor")).toBe(true);
    expect(atLeast("minor", "minor")).toBe(true);
    expect(atLeast("patch", "minor")).toBe(false);
    expect(atLeast(undefined, "patch")).toBe(false);
  });
});

describe("changesets", () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("parses the front matter `changeset add` writes", () => {
    const text = '---\n"@vendor-sdks/hania": minor\n"@vendor-sdks/hana": patch\n---\n\nAdd tools.\n';
    expect(parseChangeset(text, "a.md")).toEqual([
      ["@vendor-sdks/hania", "minor"],
      ["@vendor-sdks/hana", "patch"],
    ]);
    expect(parseChangeset("---\n---\n", "empty.md")).toEqual([]);
  });

  it("names the file of a malformed changeset", () => {
    expect(() => parseChangeset('---\n"@vendor-sdks/hania": huge\n---\n', "bad.md")).toThrow(/\.changeset\/bad\.md: "@vendor-sdks\/hania" has bump "huge"/);
  });

  it("keeps each package's largest pending bump and ignores the README", () => {
    dir = mkdtempSync(join(tmpdir(), "vs-changesets-"));
    mkdirSync(join(dir, ".changeset"));
    writeFileSync(join(dir, ".changeset", "README.md"), "# Changesets\n");
    writeFileSync(join(dir, ".changeset", "one.md"), '---\n"@vendor-sdks/hania": patch\n---\nfix\n');
    writeFileSync(join(dir, ".changeset", "two.md"), '---\n"@vendor-sdks/hania": major\n"@vendor-sdks/hapi": minor\n---\nbreak\n');
    expect(Object.fromEntries(pendingBumps(dir))).toEqual({ "@vendor-sdks/hania": "major", "@vendor-sdks/hapi": "minor" });
  });
});
