import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startVendorMock } from "../../src/dev/vendor-mock.ts";
import type { ChildSpec } from "../../src/processes/run-children.ts";

let dir: string;

/** Stands in for the mock server's CLI: each mode is one way the real one behaves (its table, its failure message). */
const FAKE_MOCK_CLI = `
import { writeFileSync } from "node:fs";
const [mode, vendor, pidFile] = process.argv.slice(2);
if (pidFile) writeFileSync(pidFile, String(process.pid));
const table = "Vendor   Mock URL                Docs\\n" + vendor + "     http://127.0.0.1:4999   http://127.0.0.1:4000/" + vendor + "/\\n\\n1 mock(s) ready in 0.1 s.\\n";
if (mode === "fails") {
  process.stderr.write("Mock server failed to start:\\n" + vendor + ": port 4999 is already in use (127.0.0.1:4999).\\n");
  process.exit(1);
}
process.on("SIGTERM", () => process.exit(0));
setInterval(() => {}, 1000);
if (mode === "no-url") process.stdout.write("1 mock(s) ready in 0.1 s.\\n");
else process.stdout.write(table);
if (mode === "dies") setTimeout(() => { process.stderr.write("Prism exited unexpectedly (SIGKILL).\\n"); process.exit(1); }, 100);
`;

const fakeCli = (mode: string, ...rest: string[]): ChildSpec => ({
  label: "fake mock server",
  command: process.execPath,
  args: [join(dir, "fake-mock.mjs"), mode, "demo", ...rest],
  cwd: dir,
});

const isRunning = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vs-vendor-mock-"));
  writeFileSync(join(dir, "fake-mock.mjs"), FAKE_MOCK_CLI);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("one vendor's mock server as a child process", () => {
  it("resolves to the URL its startup table gives the vendor, and stop() ends it", async () => {
    const exits: string[] = [];
    const mock = await startVendorMock({ cli: fakeCli("ready"), vendor: "demo", onStderr: () => {}, onUnexpectedExit: (r) => exits.push(r) });
    expect(mock.url).toBe("http://127.0.0.1:4999");
    await mock.stop();
    await mock.stop(); // a second stop is harmless
    expect(exits).toEqual([]); // a requested stop is not reported as a crash
  });

  it("rejects with the mock server's own reason when it fails to start", async () => {
    await expect(startVendorMock({ cli: fakeCli("fails"), vendor: "demo", onStderr: () => {}, onUnexpectedExit: () => {} })).rejects.toThrow(
      /^demo: port 4999 is already in use/,
    );
  });

  it("rejects, and ends the child, when the ready table names no URL for the vendor", async () => {
    await expect(startVendorMock({ cli: fakeCli("no-url"), vendor: "demo", onStderr: () => {}, onUnexpectedExit: () => {} })).rejects.toThrow(
      /names no URL for demo/,
    );
  });

  it("reports a mock server that exits on its own, with what it printed on stderr", async () => {
    const lines: string[] = [];
    const exited = new Promise<string>((resolve) => {
      void startVendorMock({ cli: fakeCli("dies"), vendor: "demo", onStderr: (l) => lines.push(l), onUnexpectedExit: resolve });
    });
    expect(await exited).toMatch(/exited \(code 1\)/);
    expect(lines).toEqual(["Prism exited unexpectedly (SIGKILL)."]);
  });

  it("gives up on a mock server that never reports ready, naming the vendor", async () => {
    const never: ChildSpec = { label: "silent", command: process.execPath, args: ["-e", "setInterval(() => {}, 1000)"], cwd: dir };
    await expect(startVendorMock({ cli: never, vendor: "demo", onStderr: () => {}, onUnexpectedExit: () => {}, readyTimeoutMs: 500 })).rejects.toThrow(
      /did not report demo's mock ready within 0.5 s/,
    );
  });

  it("ends when the process that started it dies without stopping it (SIGKILL)", async () => {
    const pidFile = join(dir, "fake.pid");
    const starter = `
      const { startVendorMock } = await import(${JSON.stringify(pathToFileURL(fileURLToPath(new URL("../../src/dev/vendor-mock.ts", import.meta.url))).href)});
      await startVendorMock({ cli: ${JSON.stringify(fakeCli("ready", pidFile))}, vendor: "demo", onStderr() {}, onUnexpectedExit() {} });
      process.stdout.write("ready\\n");
      setInterval(() => {}, 1000);
    `;
    const parent = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", starter], { stdio: ["ignore", "pipe", "inherit"] });
    let output = "";
    parent.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    let mockPid: number | undefined;
    try {
      await until(() => output.includes("ready") && existsSync(pidFile), "the starter has its mock");
      mockPid = Number(readFileSync(pidFile, "utf8"));
      expect(isRunning(mockPid)).toBe(true);
      parent.kill("SIGKILL");
      await until(() => !isRunning(mockPid as number), "the orphaned mock server exits");
    } finally {
      parent.kill("SIGKILL");
      if (mockPid !== undefined && isRunning(mockPid)) process.kill(mockPid, "SIGKILL"); // this test failed: leave nothing behind
    }
  }, 60_000);
});
