import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { firstExampleGet } from "@vendor-sdks/spec-kit/requests/example-get";
import { freePort } from "@vendor-sdks/spec-kit/prism/free-port";
import { listVendors, type Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { copyEnv, installedRepoCopy, type RepoCopy } from "@vendor-sdks/test-kit/workspace/repo-copy";

// The edit: one response's example value (what the mock serves) and its description (what the generated types say).
const EDITED_VENDOR = "hania";
const EDITED_FILE = "specs/hania/paths/knowledge_stats.yaml";
const EDITS: ReadonlyArray<readonly [string, string]> = [
  ["total_knowledge_bases: 12", "total_knowledge_bases: 4242"],
  ["description: Counts by type and processing status.", "description: Counts by type and processing status, as edited under pnpm dev."],
];

let copy: RepoCopy;
let vendors: Vendor[];
const ports = new Map<string, number>();
let dev: ChildProcess | undefined;
let output = "";
let exited: Promise<number | null> | undefined;

/** Wait until dev's output matches, failing early (with the output) if it exits or a rebuild step fails. */
async function untilOutput(pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(output)) {
    if (dev?.exitCode !== null || / FAILED$/m.test(output) || Date.now() > deadline) {
      throw new Error(`pnpm dev never printed ${pattern} (exit code ${dev?.exitCode ?? "none"}). Its output:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

function processGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The knowledge stats Hania's mock serves now. */
async function knowledgeBases(): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${ports.get(EDITED_VENDOR)}/knowledge/stats`, { headers: { Authorization: "Bearer hania_sk_test" } });
  expect(res.status).toBe(200);
  return ((await res.json()) as { data: { total_knowledge_bases: unknown } }).data.total_knowledge_bases;
}

/** Generated files of every client but the edited vendor's, with their modification times. */
function otherClientsGenerated(): Record<string, number> {
  const stamps: Record<string, number> = {};
  for (const v of vendors.filter((v) => v.name !== EDITED_VENDOR)) {
    const dir = join(v.clientDir, "src", "generated");
    for (const file of readdirSync(dir)) stamps[`${v.name}/${file}`] = statSync(join(dir, file)).mtimeMs;
  }
  return stamps;
}

/**
 * The promise, run as a user would in a fresh copy of the repo: `pnpm dev` serves every vendor's mock, an
 * edit to one spec re-lints, regenerates and reloads that vendor only, and Ctrl-C leaves nothing running.
 */
describe("pnpm dev end to end, in a temporary copy of the repo", () => {
  beforeAll(async () => {
    copy = installedRepoCopy("vs-dev-e2e-");
    vendors = listVendors(copy.root);
    for (const v of vendors) ports.set(v.name, await freePort());
  }, 300_000);

  afterAll(async () => {
    // Only if a test failed before Ctrl-C: end the whole session (dev, its mock servers, their Prisms).
    if (dev?.pid !== undefined && processGroupAlive(dev.pid)) process.kill(-dev.pid, "SIGKILL");
    copy?.remove();
  }, 120_000);

  it("builds the mock server and serves every vendor's mock on its port", async () => {
    const portEnv = Object.fromEntries(vendors.map((v) => [`MOCK_PORT_${v.name.toUpperCase()}`, String(ports.get(v.name))]));
    // A process group of its own, so the test can press Ctrl-C the way a terminal does: to the whole group.
    dev = spawn("pnpm", ["dev"], { cwd: copy.root, env: { ...copyEnv, ...portEnv }, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    dev.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    dev.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    exited = new Promise((resolve) => dev?.once("exit", (code) => resolve(code)));
    await untilOutput(/^Watching specs\//m, 600_000);

    expect(vendors.map((v) => v.name)).toContain(EDITED_VENDOR);
    for (const v of vendors) {
      expect(output).toMatch(new RegExp(`^${v.name}\\s+mock\\s+http://127\\.0\\.0\\.1:${ports.get(v.name)}$`, "m"));
      const doc = JSON.parse(readFileSync(v.bundledJson, "utf8")) as Record<string, unknown>;
      const get = firstExampleGet(doc, { withoutQuery: true });
      if (!get) throw new Error(`${v.name}: no GET in its spec to call the mock with.`);
      const path = get.operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(get.request.params.path[name])));
      const res = await fetch(`http://127.0.0.1:${ports.get(v.name)}${path}`);
      // Without credentials: Prism answers a secured operation with 401, a public one with its success status.
      const secured = get.operation.security.length > 0;
      expect(res.status, `${v.name}: GET ${path}`).toBe(secured ? 401 : get.operation.successStatus);
    }
    expect(await knowledgeBases()).toBe(12);
  }, 660_000);

  it("re-lints, regenerates and reloads only the vendor whose spec was edited", async () => {
    const before = otherClientsGenerated();
    const linesBefore = output.split("\n").length;
    const file = join(copy.root, EDITED_FILE);
    let text = readFileSync(file, "utf8");
    for (const [from, to] of EDITS) {
      expect(text, `${EDITED_FILE} no longer has "${from}": pick another edit`).toContain(from);
      text = text.replace(from, to);
    }
    writeFileSync(file, text);

    await untilOutput(new RegExp(`^${EDITED_VENDOR}\\s+docs\\s+\\d+ ms`, "m"), 300_000);
    const lines = output.split("\n").slice(linesBefore - 1).filter((l) => l.trim() !== "");
    const steps = lines.filter((l) => !l.startsWith(" ")).map((l) => l.split(/\s+/).slice(0, 2).join(" "));
    expect(steps).toEqual([`${EDITED_VENDOR} changed`, ...["lint", "bundle", "generate", "mock", "docs"].map((s) => `${EDITED_VENDOR} ${s}`)]);
    expect(output).toMatch(new RegExp(`^${EDITED_VENDOR}\\s+lint\\s+\\d+ ms\\s+clean$`, "m"));
    expect(output).toMatch(new RegExp(`^${EDITED_VENDOR}\\s+generate\\s+\\d+ ms\\s+wrote .*schema\\.ts`, "m"));
    expect(output).toMatch(new RegExp(`^${EDITED_VENDOR}\\s+mock\\s+\\d+ ms\\s+reloaded on http://127\\.0\\.0\\.1:${ports.get(EDITED_VENDOR)}$`, "m"));

    expect(await knowledgeBases()).toBe(4242);
    expect(readFileSync(join(copy.root, "packages/hania/src/generated/schema.ts"), "utf8")).toContain("as edited under pnpm dev");
    expect(otherClientsGenerated()).toEqual(before);
  }, 360_000);

  it("stops on Ctrl-C, leaving no process running and every mock port free", async () => {
    const pid = dev?.pid;
    if (pid === undefined || !exited) throw new Error("pnpm dev did not start");
    process.kill(-pid, "SIGINT");
    const code = await Promise.race([exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 60_000))]);
    expect(code, output).not.toBe("hung");
    const deadline = Date.now() + 30_000;
    while (processGroupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    expect(processGroupAlive(pid), "a process of the dev session is still running").toBe(false);
    for (const v of vendors) expect(await portIsFree(ports.get(v.name) as number), `${v.name}'s port`).toBe(true);
  }, 120_000);
});
