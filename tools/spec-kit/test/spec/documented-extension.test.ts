import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { lint } from "@redocly/openapi-core";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadRepoConfig } from "../../src/spec/load-config.ts";
import { findRepoRoot } from "../../src/workspace/repo-root.ts";

const root = findRepoRoot();
const dir = mkdtempSync(join(tmpdir(), "vs-extension-rule-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A minimal valid spec with `extra` merged into its one operation and a response header named `x-request-id`. */
function specWith(extra: Record<string, unknown>, infoExtra: Record<string, unknown> = {}): string {
  return stringify({
    openapi: "3.1.0",
    info: { title: "T", version: "1", description: "d", ...infoExtra },
    servers: [{ url: "https://api.vendor.test" }],
    security: [],
    tags: [{ name: "t", description: "d" }],
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          summary: "List things",
          tags: ["t"],
          ...extra,
          responses: {
            "200": { description: "ok", headers: { "x-request-id": { schema: { type: "string" } } }, content: { "application/json": { schema: { type: "object" }, example: {} } } },
            "400": { description: "bad", content: { "application/json": { schema: { type: "object" }, example: {} } } },
          },
        },
      },
    },
  });
}

async function problemsOf(yaml: string, name: string): Promise<string[]> {
  const file = join(dir, name);
  writeFileSync(file, yaml);
  const problems = await lint({ ref: file, config: await loadRepoConfig(root) });
  return problems.filter((p) => p.ruleId === "vendor-sdks/documented-extension").map((p) => p.message);
}

describe("the documented-extension lint rule", () => {
  it("accepts every extension the tables of specs/EXTENSIONS.md list", async () => {
    const listed = [...readFileSync(join(root, "specs", "EXTENSIONS.md"), "utf8").matchAll(/^\|\s*`(x-[\w.-]+)`/gm)].map((m) => m[1] as string);
    expect(listed).toEqual(expect.arrayContaining(["x-envelope", "x-pagination", "x-safe", "x-undocumented"]));
    expect(await problemsOf(specWith(Object.fromEntries(listed.map((name) => [name, true]))), "all-listed.yaml")).toEqual([]);
  });

  it("fails on an x- extension that EXTENSIONS.md does not list, naming it", async () => {
    const messages = await problemsOf(specWith({ "x-made-up": true }, { "x-also-made-up": 1 }), "unlisted.yaml");
    expect(messages).toHaveLength(2);
    expect(messages.join("\n")).toMatch(/`x-made-up` is not listed in specs\/EXTENSIONS\.md/);
    expect(messages.join("\n")).toMatch(/`x-also-made-up`/);
  });

  it("accepts listed extensions, and header names that merely start with x-", async () => {
    expect(await problemsOf(specWith({ "x-safe": true, "x-undocumented": "response fields" }), "listed.yaml")).toEqual([]);
  });
});
