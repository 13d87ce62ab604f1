import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { callMock } from "../support/call-mock.js";
import { freePorts } from "../support/ports.js";
import { exitCodeWithin, runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";
import { FIXTURES } from "../support/temp-workspace.js";

// Run from a folder with no vendor-sdks workspace above it: what a frontend project that installed the package sees.
const cleanups: (() => void | Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function emptyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), "mock-app-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function start(args: string[], cwd: string): CliRun {
  const run = runCli(args, {}, { cwd });
  cleanups.push(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGTERM");
    await run.exited;
  });
  return run;
}

describe("vendor-mock outside a workspace", () => {
  it("serves the vendors of the installed spec packages it depends on", async () => {
    const [port] = await freePorts(1);
    const run = start(["hania", "--port", `hania=${port}`], emptyProject());
    await waitUntilReady(run);
    const answer = await callMock(`http://127.0.0.1:${port}`, { method: "GET", url: "/bots", headers: { authorization: "Bearer dev" } });
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ success: true });
  });

  it("serves any OpenAPI file given with --spec (YAML too), named after the file", async () => {
    const dir = emptyProject();
    const spec = join(dir, "widgets.yaml");
    // JSON is valid YAML: the fixture spec, read through the YAML parser
    writeFileSync(spec, readFileSync(join(FIXTURES, "acme", "openapi.json"), "utf8"));
    const [port] = await freePorts(1);
    const run = start(["--spec", spec, "--port", `widgets=${port}`], dir);
    await waitUntilReady(run);
    expect(run.stdout()).toMatch(new RegExp(`widgets\\s+http://127\\.0\\.0\\.1:${port}`));
    const answer = await callMock(`http://127.0.0.1:${port}`, { method: "GET", url: "/widgets", headers: { "x-api-key": "k" } });
    expect(answer.status).toBe(200);
  });

  it("fails naming the file, line and column when a --spec file is not valid JSON", async () => {
    const dir = emptyProject();
    const spec = join(dir, "broken.json");
    writeFileSync(spec, '{\n  "openapi": "3.1.0",\n  "paths": {,}\n}\n');
    const run = start(["--spec", spec], dir);
    expect(await exitCodeWithin(run, 30_000, "start")).toBe(1);
    expect(run.stderr()).toMatch(/broken: .*broken\.json is not valid JSON at line 3, column 13/);
  });
});
