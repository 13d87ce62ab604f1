import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { freePorts, isListening, occupy } from "../support/ports.js";
import { exitCodeWithin, runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";
import { createWorkspace, FIXTURES, type FixtureVendor } from "../support/temp-workspace.js";

const ACME = join(FIXTURES, "acme", "openapi.json");
const cleanups: (() => void | Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function workspaceWith(vendors: readonly FixtureVendor[]): string {
  const workspace = createWorkspace(vendors);
  cleanups.push(workspace.cleanup);
  return workspace.root;
}

/** The pids of the processes a CLI run started. */
function childrenOf(run: CliRun): number[] {
  return execFileSync("ps", ["-eww", "-o", "pid=,ppid="], { encoding: "utf8" })
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number))
    .filter(([, ppid]) => ppid === run.child.pid)
    .map(([pid]) => pid as number);
}

function start(args: string[], env: NodeJS.ProcessEnv = {}): CliRun {
  const run = runCli(args, env);
  cleanups.push(async () => {
    if (run.child.exitCode === null && run.child.signalCode === null) run.child.kill("SIGTERM");
    await run.exited;
  });
  return run;
}

describe("vendor-mock lifecycle", () => {
  it("serves several vendors from one process, with no child process", async () => {
    const [a, b] = await freePorts(2);
    const root = workspaceWith([
      { name: "acme", mockPort: a as number, bundled: ACME },
      { name: "zeta", mockPort: b as number, bundled: ACME },
    ]);
    const run = start(["--root", root]);
    await waitUntilReady(run);
    expect(childrenOf(run)).toEqual([]);
    for (const port of [a, b]) expect((await fetch(`http://127.0.0.1:${port}/widgets`, { headers: { "x-api-key": "k" } })).status).toBe(200);
  });

  it("starts only the named vendors", async () => {
    const [a, b] = await freePorts(2);
    const root = workspaceWith([
      { name: "acme", mockPort: a as number, bundled: ACME },
      { name: "zeta", mockPort: b as number, bundled: ACME },
    ]);
    const run = start(["zeta", "--root", root]);
    await waitUntilReady(run);
    expect(run.stdout()).toContain(`zeta     http://127.0.0.1:${b}`);
    expect(run.stdout()).not.toContain("acme");
    expect(await isListening(a as number)).toBe(false);
  });

  it.each(["SIGTERM", "SIGINT"] as const)("stops on %s with exit code 0, every port freed", async (signal) => {
    const [a, b] = await freePorts(2);
    const root = workspaceWith([
      { name: "acme", mockPort: a as number, bundled: ACME },
      { name: "zeta", mockPort: b as number, bundled: ACME },
    ]);
    const run = start(["--root", root]);
    await waitUntilReady(run);
    run.child.kill(signal);
    // Stopping escalates to SIGKILL after a short grace (STOP_GRACE_MS); the 15 s bound only catches a CLI that never exits.
    expect(await exitCodeWithin(run, 15_000, signal)).toBe(0);
    expect(await isListening(a as number)).toBe(false);
    expect(await isListening(b as number)).toBe(false);
  });

  it("fails with exit code 1 naming the vendor and the port when the port is taken", async () => {
    const [a, b] = await freePorts(2);
    const blocker = await occupy(b as number);
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const root = workspaceWith([
      { name: "acme", mockPort: a as number, bundled: ACME },
      { name: "zeta", mockPort: b as number, bundled: ACME },
    ]);
    const run = start(["--root", root]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain(`zeta: port ${b} is already in use`);
    expect(run.stderr()).toContain(`--port zeta=<port>`);
    expect(await isListening(a as number), "the other vendor's port is released too").toBe(false);
  });

  it("fails with exit code 1 naming the vendor and the reason when a spec does not bundle", async () => {
    const [a, b] = await freePorts(2);
    const root = workspaceWith([
      { name: "acme", mockPort: a as number, bundled: ACME },
      { name: "broken", mockPort: b as number, source: join(FIXTURES, "broken", "openapi.yaml") },
    ]);
    const run = start(["--root", root]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toMatch(/broken: spec specs\/broken\/openapi\.yaml failed to bundle/);
    expect(run.stderr()).toContain("Missing.yaml");
    expect(run.stderr()).not.toMatch(/^acme:/m);
    expect(await isListening(a as number)).toBe(false);
  });

  it("fails with exit code 1 naming the vendor when a bundled spec is not an OpenAPI document", async () => {
    const [a] = await freePorts(1);
    const root = workspaceWith([{ name: "acme", mockPort: a as number, bundled: join(FIXTURES, "broken", "openapi.yaml") }]);
    const run = start(["--root", root]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain("acme: specs/acme/dist/openapi.json is not valid JSON");
  });

  it("rejects an unknown vendor, listing the known ones", async () => {
    const root = workspaceWith([{ name: "acme", mockPort: 1, bundled: ACME }]);
    const run = start(["nope", "--root", root]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('Unknown vendor "nope". Known vendors: acme.');
  });

  it("rejects --port for an unknown vendor, listing the known ones", async () => {
    const root = workspaceWith([{ name: "acme", mockPort: 1, bundled: ACME }]);
    const run = start(["--root", root, "--port", "acmee=5010"]);
    expect(await run.exited).toBe(1);
    expect(run.stderr()).toContain('Unknown vendor "acmee" in --port acmee=5010. Known vendors: acme.');
  });

  it("links each vendor's docs on DOCS_PORT, where `vs start` serves the docs", async () => {
    const [a] = await freePorts(1);
    const root = workspaceWith([{ name: "acme", mockPort: a as number, bundled: ACME }]);
    const run = start(["--root", root], { DOCS_PORT: "4100" });
    await waitUntilReady(run);
    expect(run.stdout()).toMatch(new RegExp(`acme\\s+http://127\\.0\\.0\\.1:${a}\\s+http://127\\.0\\.0\\.1:4100/acme/`));
  });

  it("lets --port beat MOCK_PORT_<VENDOR>", async () => {
    const [flag, env] = await freePorts(2);
    const root = workspaceWith([{ name: "acme", mockPort: 1, bundled: ACME }]);
    const run = start(["--root", root, "--port", `acme=${flag}`], { MOCK_PORT_ACME: String(env) });
    await waitUntilReady(run);
    expect(run.stdout()).toContain(`http://127.0.0.1:${flag}`);
    expect(await isListening(env as number)).toBe(false);
  });
});
