import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { JsonObject } from "../support/openapi.js";
import { callMock } from "../support/call-mock.js";
import { documentedExampleCall } from "../support/pick-operations.js";
import { freePorts } from "../support/ports.js";
import { runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";

// As a frontend team gets it: the packed tarballs (mock server and the workspace packages it depends on) installed
// with npm into an empty project outside the repo, then `vendor-mock` from that project serving and answering every vendor.
const PACKAGE_DIR = join(import.meta.dirname, "..", "..");
const pkg = JSON.parse(readFileSync(join(PACKAGE_DIR, "package.json"), "utf8")) as { dependencies: Record<string, string> };
const specPackages = Object.keys(pkg.dependencies).filter((name) => /^@vendor-sdks\/.+-openapi$/.test(name));
let project: string;
let cli: CliRun | undefined;

/**
 * The folders of this package and of every workspace package it depends on, transitively (the spec packages, the
 * spec kit and the runtime the kit imports): none is on a registry, so each is packed and installed from its tarball.
 */
function workspacePackageDirs(dir: string, found = new Map<string, string>()): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; dependencies?: Record<string, string> };
  found.set(manifest.name, dir);
  for (const [name, range] of Object.entries(manifest.dependencies ?? {})) {
    if (range.startsWith("workspace:") && !found.has(name)) workspacePackageDirs(realpathSync(join(dir, "node_modules", name)), found);
  }
  return [...found.values()];
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "mock-install-"));
  const tarballs = join(project, "tarballs");
  for (const dir of workspacePackageDirs(PACKAGE_DIR)) {
    execFileSync("pnpm", ["pack", "--pack-destination", tarballs], { cwd: dir, stdio: "ignore" });
  }
  const app = join(project, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "frontend-app", private: true }));
  const files = readdirSync(tarballs).map((f) => join(tarballs, f));
  execFileSync("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "-D", ...files], { cwd: app, stdio: "ignore" });
}, 300_000);

afterAll(async () => {
  if (cli && cli.child.exitCode === null) {
    cli.child.kill("SIGTERM");
    await cli.exited;
  }
  rmSync(project, { recursive: true, force: true });
});

it("serves every vendor from the installed packages, with no checkout", async () => {
  const app = join(project, "app");
  const installed = join(app, "node_modules", "@vendor-sdks");
  const vendors = specPackages.map((name) => {
    const specPkg = JSON.parse(readFileSync(join(app, "node_modules", name, "package.json"), "utf8")) as { vendorSdks: { vendor: string } };
    return { name: specPkg.vendorSdks.vendor, document: JSON.parse(readFileSync(join(app, "node_modules", name, "dist", "openapi.json"), "utf8")) as JsonObject };
  });
  expect(vendors.length).toBeGreaterThan(0);
  const ports = await freePorts(vendors.length);
  expect(readdirSync(installed)).toContain("mock-server");
  // the installed bin, run from the app as `npx vendor-mock` does
  cli = runCli(vendors.flatMap((v, i) => ["--port", `${v.name}=${ports[i]}`]), {}, { cwd: app, cli: join(installed, "mock-server", "dist", "cli.js") });
  await waitUntilReady(cli, 60_000);
  for (const [i, vendor] of vendors.entries()) {
    const call = documentedExampleCall(vendor.document);
    if (!call) throw new Error(`${vendor.name}: no operation with a 200 JSON example`);
    const answer = await callMock(`http://127.0.0.1:${ports[i]}`, call.request);
    expect(answer.status, `${vendor.name} ${call.operation.operationId}: ${answer.text}`).toBe(200);
    expect(answer.json).toEqual(call.example);
    const malformed = await callMock(`http://127.0.0.1:${ports[i]}`, { method: "POST", url: call.request.url, headers: { ...call.request.headers, "content-type": "application/json" }, body: '{"name":' });
    expect(malformed.status, vendor.name).toBeGreaterThanOrEqual(400);
    expect(malformed.status, vendor.name).toBeLessThan(500);
  }
});
