import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { releasedSpecPath } from "../../src/api-diff/released-spec.ts";
import { runApiDiff } from "../../src/api-diff/run-api-diff.ts";
import { bundleSpec } from "@vendor-sdks/spec-kit/spec/bundle";
import { snapshotReleasedSpecs } from "../../src/release/snapshot-released-specs.ts";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { demoSpec, tempWorkspace, thingsPath } from "@vendor-sdks/test-kit/workspace/temp-workspace";

const vs = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "vs.mjs");
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "..");

/** A released demo vendor (client @vendor-sdks/demo at `version`) whose spec then gets `edit`ed. */
async function releasedDemo(version: string, edit: (paths: string) => string) {
  const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
  writeFileSync(join(ws.root, "packages/demo/package.json"), JSON.stringify({ name: "@vendor-sdks/demo", version }));
  await snapshotReleasedSpecs([ws.vendor], ws.root);
  writeFileSync(join(ws.vendor.specDir, "paths/things.yaml"), edit(thingsPath));
  const changeset = (bump: string) => {
    mkdirSync(join(ws.root, ".changeset"), { recursive: true });
    writeFileSync(join(ws.root, ".changeset", "change.md"), `---\n"@vendor-sdks/demo": ${bump}\n---\n\nChange.\n`);
  };
  return { ...ws, changeset };
}

const renameOperation = (text: string) => text.replace("operationId: listThings", "operationId: fetchThings");
const addSummaryText = (text: string) => text.replace("summary: List things", "summary: List all things");

describe("snapshotReleasedSpecs", () => {
  it("records the current bundle as the released spec, and rewrites it only when it changed", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
    expect(await snapshotReleasedSpecs([ws.vendor], ws.root)).toEqual([{ vendor: "demo", file: releasedSpecPath(ws.vendor), changed: true }]);
    expect(JSON.parse(readFileSync(releasedSpecPath(ws.vendor), "utf8"))).toEqual((await bundleSpec(ws.vendor, ws.root)).document);
    expect((await snapshotReleasedSpecs([ws.vendor], ws.root))[0]?.changed).toBe(false);
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ released: true, findings: [], ok: true });
  });
});

describe("runApiDiff changeset requirement", () => {
  it("passes a vendor that was never released", async () => {
    const ws = tempWorkspace({ "openapi.yaml": demoSpec, "paths/things.yaml": thingsPath });
    expect(existsSync(releasedSpecPath(ws.vendor))).toBe(false);
    expect(await runApiDiff([ws.vendor], ws.root)).toEqual([expect.objectContaining({ vendor: "demo", released: false, ok: true })]);
  });

  it("fails a breaking change without a changeset, and with a minor one at 1.x", async () => {
    const ws = await releasedDemo("1.2.3", renameOperation);
    const [missing] = await runApiDiff([ws.vendor], ws.root);
    expect(missing).toMatchObject({ ok: false, required: "major", package: { name: "@vendor-sdks/demo", version: "1.2.3" } });
    expect(missing?.findings).toContainEqual(expect.objectContaining({ rule: "operation-id-renamed", breaking: true }));
    ws.changeset("minor");
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ ok: false, declared: "minor" });
    ws.changeset("major");
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ ok: true, declared: "major" });
  });

  it("accepts a minor changeset for a breaking change while the client is 0.x", async () => {
    const ws = await releasedDemo("0.3.0", renameOperation);
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ ok: false, required: "minor" });
    ws.changeset("minor");
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ ok: true });
  });

  it("needs at least a patch for a non-breaking spec change", async () => {
    const ws = await releasedDemo("1.2.3", addSummaryText);
    const [result] = await runApiDiff([ws.vendor], ws.root);
    expect(result).toMatchObject({ ok: false, required: "patch" });
    expect(result?.findings.every((f) => !f.breaking)).toBe(true);
    ws.changeset("patch");
    expect((await runApiDiff([ws.vendor], ws.root))[0]).toMatchObject({ ok: true });
  });
});

describe("vs api:diff", () => {
  const run = (cwd: string, args: string[]) =>
    promisify(execFile)(process.execPath, [vs, "api:diff", ...args], { cwd }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("exits 1 naming the vendor, the finding with its pointer, and the changeset needed", async () => {
    const ws = await releasedDemo("1.2.3", renameOperation);
    const { code, stdout } = await run(ws.root, []);
    expect(code).toBe(1);
    expect(stdout).toContain("demo: 1 change(s), 1 breaking");
    expect(stdout).toContain("operation-id-renamed");
    expect(stdout).toContain("new#/paths/~1things/get/operationId");
    expect(stdout).toContain('"@vendor-sdks/demo": major');
  }, 60_000);

  it("passes on this repo, whose released snapshots match the specs (--json)", async () => {
    const { code, stdout, stderr } = await run(repoRoot, ["--json"]);
    expect(stderr).toBe("");
    const results = JSON.parse(stdout) as { vendor: string; ok: boolean; released: boolean; findings: unknown[] }[];
    const vendors = listVendors(repoRoot).map((v) => v.name);
    expect(vendors.length).toBeGreaterThan(0);
    expect(results.map((r) => r.vendor)).toEqual(vendors);
    expect(results.filter((r) => !r.ok || !r.released)).toEqual([]);
    expect(code).toBe(0);
  }, 60_000);
});
