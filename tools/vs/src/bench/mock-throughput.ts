import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import autocannon from "autocannon";
import { freePort } from "@vendor-sdks/spec-kit/prism/free-port";
import { startLoopback } from "./loopback-server.ts";

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly errors: number;
}

/** Fixed-concurrency HTTP load on loopback for a bounded time (autocannon), counting non-2xx as errors. */
export async function load(url: string, headers: Record<string, string>, seconds = 5, connections = 10): Promise<LoadResult> {
  const result = await autocannon({ url, headers, connections, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The same bytes from a plain node:http server: the ceiling any mock on this machine can reach. */
export async function loadBaseline(status: number, contentType: string, body: string, seconds = 5): Promise<LoadResult> {
  const server = await startLoopback((_req, res) => {
    res.writeHead(status, { "content-type": contentType, "content-length": Buffer.byteLength(body) });
    res.end(body);
  });
  try {
    return await load(`${server.url}/`, {}, seconds);
  } finally {
    await server.close();
  }
}

/** Resolves once something accepts TCP connections on 127.0.0.1:port. */
export async function waitForPort(port: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`nothing listened on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

export interface RunningProcess {
  readonly child: ChildProcess;
  stop(): Promise<void>;
}

export function spawnQuiet(command: string, args: readonly string[], cwd: string): RunningProcess {
  const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.resume();
  child.stderr?.resume();
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Resident memory of a process and all its descendants, in MiB (Linux `ps`). */
export function treeRssMiB(pid: number): number {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number, number]);
  const include = new Set([pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [p, pp] of table) if (include.has(pp) && !include.has(p)) (include.add(p), (grew = true));
  }
  return table.filter(([p]) => include.has(p)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024;
}

/** A mock server started for the bench, with the URL it serves on. */
export interface StartedServer {
  readonly url: string;
  readonly process: RunningProcess;
}

/** `prism mock <spec>` with prism-cli's defaults (request logging on, one process): what the budgets compare with. */
export async function startPrismCli(specFile: string, resolveFrom: string): Promise<StartedServer> {
  const require = createRequire(join(resolveFrom, "package.json"));
  const bin = join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
  const port = await freePort();
  const proc = spawnQuiet(process.execPath, [bin, "mock", specFile, "-h", "127.0.0.1", "-p", String(port)], dirname(specFile));
  return { url: `http://127.0.0.1:${port}`, process: proc };
}

/**
 * Steady (`@stdy/cli`, a platform binary shipped in an npm package) on the same spec, quiet: the frontier the
 * report shows beside the budgets. Undefined when it is not installed for this platform.
 */
export async function startSteady(specFile: string, resolveFrom: string): Promise<StartedServer | undefined> {
  const require = createRequire(join(resolveFrom, "package.json"));
  let bin: string;
  try {
    bin = join(dirname(require.resolve("@stdy/cli/package.json")), "steady.js");
  } catch {
    return undefined;
  }
  const port = await freePort();
  const proc = spawnQuiet(process.execPath, [bin, "-p", String(port), "--host", "127.0.0.1", "-q", specFile], dirname(specFile));
  return { url: `http://127.0.0.1:${port}`, process: proc };
}
