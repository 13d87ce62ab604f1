import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { deadUrl } from "./fake-vendor.ts";

const root = fileURLToPath(new URL("../../../..", import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), "vs-verify-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** `node tools/vs/bin/vs.mjs verify …` as the README runs it, with a key set so requests really go out. */
function vsVerify(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const env = { ...process.env, HANIA_API_KEY: "hania_sk_test" };
    execFile("node", ["tools/vs/bin/vs.mjs", "verify", ...args], { cwd: root, env, timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
    });
  });
}

describe("vs verify against a base URL where nothing listens", () => {
  it("exits 2, leads with the failed calls and claims no agreement", async () => {
    const { code, stdout } = await vsVerify(["hania", "--base-url", await deadUrl()]);
    expect(code).toBe(2);
    expect(stdout).not.toMatch(/agree/i);
    expect(stdout.split("\n")[1]).toMatch(/^FAILED \(exit 2\): \d+ call\(s\) attempted: \d+ failed;/);
    expect(stdout).toMatch(/\nNothing answered at http:\/\/127\.0\.0\.1:\d+ \(fetch failed: connect ECONNREFUSED/);
    expect(stdout.indexOf("Failed calls")).toBeLessThan(stdout.indexOf("Not exercised"));
  }, 130_000);

  it("with --json prints only JSON on stdout, and --out writes the same report to a file", async () => {
    const out = join(scratch, "reports", "hania.json");
    const { code, stdout, stderr } = await vsVerify(["hania", "--base-url", await deadUrl(), "--json", "--out", out]);
    expect(code).toBe(2);
    const report = JSON.parse(stdout) as { exitCode: number; summary: string; calls: { outcome: string }[] };
    expect(report.exitCode).toBe(2);
    expect(report.summary).not.toMatch(/agree/i);
    expect(report.calls.length).toBeGreaterThan(0);
    expect(report.calls.every((c) => c.outcome === "failed")).toBe(true);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(report);
    expect(stderr).toContain(`JSON report written to ${out}`);
  }, 130_000);
});
