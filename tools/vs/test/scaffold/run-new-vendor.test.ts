import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import type { AuthOption } from "../../src/scaffold/auth-option.ts";
import { runNewVendor, scaffoldVendor, type NewVendorOptions } from "../../src/scaffold/run-new-vendor.ts";
import { demoSpec, tempWorkspace } from "@vendor-sdks/test-kit/workspace/temp-workspace";
import { treeChanges, treeSnapshot } from "./tree-snapshot.ts";

const LOCKFILE = "lockfileVersion: '9.0'\n\nimporters:\n\n  .: {}\n";
const acme: NewVendorOptions = { name: "acme", baseUrl: "https://api.acme.test/v1", auth: { kind: "bearer" }, install: false };

/** A workspace with one vendor and a lockfile, and the lines the command logs. */
function workspace(): { root: string; lines: string[]; log: (line: string) => void } {
  const { root } = tempWorkspace({ "openapi.yaml": demoSpec });
  writeFileSync(join(root, "pnpm-lock.yaml"), LOCKFILE);
  const lines: string[] = [];
  return { root, lines, log: (line) => lines.push(line) };
}

/** Put a `pnpm` running `script` (sh, in the workspace) first on PATH for this test. */
function fakePnpm(script: string): { calls: string } {
  const bin = mkdtempSync(join(tmpdir(), "vs-fake-pnpm-"));
  const calls = join(bin, "calls.txt");
  writeFileSync(join(bin, "pnpm"), `#!/bin/sh\necho "$PWD $*" >> "${calls}"\n${script}\n`, { mode: 0o755 });
  const path = process.env.PATH;
  process.env.PATH = `${bin}${delimiter}${path ?? ""}`;
  onTestFinished(() => {
    process.env.PATH = path;
    rmSync(bin, { recursive: true, force: true });
  });
  return { calls };
}

describe("runNewVendor", () => {
  const refusals: [what: string, options: NewVendorOptions, message: string][] = [
    ["a bad name", { ...acme, name: "Acme_AI" }, '"Acme_AI" is not a valid vendor name'],
    ["an existing vendor", { ...acme, name: "demo" }, 'vendor "demo" is taken'],
    ["a reserved name", { ...acme, name: "runtime" }, "reserved"],
    ["a bad --base-url", { ...acme, baseUrl: "api.acme.test" }, "--base-url must be an absolute http(s) URL"],
    ["a bad --auth", { ...acme, auth: { kind: "api-key", in: "header", name: "X Key" } }, "needs a header name"],
    ["a bad --title", { ...acme, title: "a\nb" }, "--title must be one line"],
  ];
  for (const [what, options, message] of refusals) {
    it(`refuses ${what} with exit 2, the reason, and the tree unchanged`, async () => {
      const { root, lines, log } = workspace();
      const before = treeSnapshot(root);
      const { calls } = fakePnpm("exit 0");
      expect(await runNewVendor(root, { ...options, install: true }, log)).toBe(2);
      expect(lines.join("\n")).toContain("nothing was written");
      expect(lines.join("\n")).toContain(message);
      expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
      expect(existsSync(calls)).toBe(false); // pnpm never ran
    });
  }

  it("scaffolds without installing when asked, says how to link, and leaves no signal handler behind", async () => {
    const { root, lines, log } = workspace();
    const listeners = process.listenerCount("SIGINT");
    expect(await runNewVendor(root, acme, log)).toBe(0);
    expect(existsSync(join(root, "packages/acme/src/generated/operations.ts"))).toBe(true);
    expect(readFileSync(join(root, "pnpm-lock.yaml"), "utf8")).toBe(LOCKFILE);
    expect(lines.join("\n")).toContain("run `pnpm install` to link the new packages");
    expect(process.listenerCount("SIGINT")).toBe(listeners);
  });

  it("links the new packages with an install that may fetch registry metadata, and keeps the lockfile it writes", async () => {
    const { root, log } = workspace();
    const { calls } = fakePnpm('echo "  packages/acme: {}" >> pnpm-lock.yaml');
    expect(await runNewVendor(root, { ...acme, install: true }, log)).toBe(0);
    expect(readFileSync(calls, "utf8")).toBe(`${root} install --no-frozen-lockfile --prefer-offline\n`);
    expect(readFileSync(join(root, "pnpm-lock.yaml"), "utf8")).toBe(`${LOCKFILE}  packages/acme: {}\n`);
    expect(existsSync(join(root, "specs/acme/openapi.yaml"))).toBe(true);
  });

  const auths: AuthOption[] = [{ kind: "bearer" }, { kind: "api-key", in: "header", name: "X-Acme-Key" }, { kind: "api-key", in: "query", name: "key" }];
  for (const auth of auths) {
    it(`undoes everything when pnpm install fails (${auth.kind === "bearer" ? "bearer" : `api-key in the ${auth.in}`}): scaffold removed, lockfile byte-identical`, async () => {
      const { root, lines, log } = workspace();
      const before = treeSnapshot(root);
      fakePnpm('echo "  packages/acme: {}" >> pnpm-lock.yaml\nmkdir -p packages/acme/node_modules/.bin\necho "ERR_PNPM_FAKE" >&2\nexit 7');
      expect(await runNewVendor(root, { ...acme, auth, install: true }, log)).toBe(1);
      expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
      expect(lines.join("\n")).toContain("pnpm install failed (exit 7), so the scaffold is removed");
      expect(lines.join("\n")).toContain("Undone: specs/acme/, packages/acme/, pnpm-lock.yaml. The working tree is as it was.");
    });
  }

  it("undoes everything when pnpm cannot be started at all", async () => {
    const { root, log } = workspace();
    const before = treeSnapshot(root);
    const path = process.env.PATH;
    process.env.PATH = mkdtempSync(join(tmpdir(), "vs-empty-path-"));
    onTestFinished(() => {
      rmSync(process.env.PATH ?? "", { recursive: true, force: true });
      process.env.PATH = path;
    });
    expect(await runNewVendor(root, { ...acme, install: true }, log)).toBe(1);
    expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
  });

  it("undoes what it wrote when writing the scaffold fails part way", async () => {
    const { root, lines, log } = workspace();
    // Files are written before the spec is bundled, which needs the lint config.
    rmSync(join(root, "redocly.yaml"));
    const before = treeSnapshot(root);
    expect(await runNewVendor(root, acme, log)).toBe(1);
    expect(lines.join("\n")).toContain("new-vendor: writing the scaffold failed:");
    expect(lines.join("\n")).toContain("Undone: specs/acme/, packages/acme/.");
    expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
  });

  it("stops pnpm and undoes everything when interrupted during the install, exiting 130", async () => {
    const { root, log } = workspace();
    const before = treeSnapshot(root);
    const started = join(root, "..", `${root.split("/").pop()}-pnpm-started`);
    onTestFinished(() => rmSync(started, { force: true }));
    fakePnpm(`echo "  packages/acme: {}" >> pnpm-lock.yaml\ntouch "${started}"\nexec sleep 60`);
    const abort = new AbortController();
    const run = scaffoldVendor(root, { ...acme, install: true }, log, abort.signal);
    await expect.poll(() => existsSync(started), { timeout: 30_000 }).toBe(true);
    abort.abort("SIGINT");
    expect(await run).toBe(130);
    expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
  });

  it("undoes the written files when interrupted before the install, exiting 143 on SIGTERM", async () => {
    const { root, log } = workspace();
    const before = treeSnapshot(root);
    const { calls } = fakePnpm("exit 0");
    const abort = new AbortController();
    abort.abort("SIGTERM");
    expect(await scaffoldVendor(root, { ...acme, install: true }, log, abort.signal)).toBe(143);
    expect(treeChanges(before, treeSnapshot(root))).toEqual([]);
    expect(existsSync(calls)).toBe(false);
  });
});
