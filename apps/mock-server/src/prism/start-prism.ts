import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { dirname, join } from "node:path";
import { MockStartError } from "../mock-start-error.js";

export interface PrismOptions {
  readonly vendor: string;
  readonly document: string;
  readonly host: string;
  readonly port: number;
  /** Prism's own request log on our stdout, prefixed with the vendor. */
  readonly verbose: boolean;
  /** Makes `Prefer: dynamic=true` responses deterministic. */
  readonly seed?: string;
  /** How long Prism may take to load the spec and listen. */
  readonly startTimeoutMs: number;
  /** Called if Prism dies after it started; the caller decides whether to stop the rest. */
  readonly onUnexpectedExit: (reason: string) => void;
}

export interface PrismProcess {
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 1_200;

function prismEntryPoint(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@stoplight/prism-cli/package.json")), "dist", "index.js");
}

/** The Prism command line. Each flag is here for a reason a frontend team would notice. */
export function prismArguments(options: Pick<PrismOptions, "document" | "host" | "port" | "verbose" | "seed">): string[] {
  const args = [
    "mock",
    options.document,
    "--host",
    options.host,
    "--port",
    String(options.port),
    // request logging costs ~45% of throughput and floods the terminal; --verbose brings it back
    "--verboseLevel",
    options.verbose ? "info" : "silent",
    // the faker's default adds random properties a spec never mentions; dynamic bodies must match the spec
    "--json-schema-faker-fillProperties=false",
  ];
  if (options.seed !== undefined) args.push("--seed", options.seed);
  return args;
}

/** Start Prism on `host:port` and resolve once it accepts connections; reject with Prism's reason otherwise. */
export async function startPrism(options: PrismOptions): Promise<PrismProcess> {
  const exitWithParent = join(import.meta.dirname, "exit-with-parent.cjs");
  const child = spawn(process.execPath, ["--require", exitWithParent, prismEntryPoint(), ...prismArguments(options)], {
    stdio: ["pipe", "pipe", "pipe"],
    env: { ...process.env, FORCE_COLOR: options.verbose ? process.env.FORCE_COLOR : "0" },
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-8_000);
    if (options.verbose) process.stderr.write(prefixLines(options.vendor, chunk));
  });
  child.stdout?.on("data", (chunk: Buffer) => {
    if (options.verbose) process.stdout.write(prefixLines(options.vendor, chunk));
  });

  let stopping = false;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    await waitUntilListening(child, options, () => stderr);
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  child.once("exit", (code, signal) => {
    if (!stopping) options.onUnexpectedExit(`Prism exited unexpectedly (${signal ?? `code ${code}`}). ${prismFailureReason(stderr)}`.trim());
  });
  return {
    async stop() {
      stopping = true;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitUntilListening(child: ChildProcess, options: PrismOptions, stderr: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + options.startTimeoutMs;
    let settled = false;
    const fail = (reason: string): void => {
      if (settled) return;
      settled = true;
      reject(new MockStartError(options.vendor, reason));
    };
    child.once("exit", (code) => fail(`Prism could not load ${options.document} (exit code ${code}). ${prismFailureReason(stderr())}`.trim()));
    child.once("error", (error) => fail(`could not start Prism (${error.message}).`));
    const probe = (): void => {
      if (settled) return;
      const socket = connect(options.port, options.host);
      socket.once("connect", () => {
        socket.destroy();
        if (settled) return;
        settled = true;
        resolve();
      });
      socket.once("error", () => {
        socket.destroy();
        if (Date.now() > deadline) fail(`Prism did not start listening within ${options.startTimeoutMs} ms.`);
        else setTimeout(probe, 50);
      });
    };
    probe();
  });
}

/** The first error line Prism printed (its stack traces are noise to a frontend developer). */
function prismFailureReason(stderr: string): string {
  const lines = stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const errorLine = lines.find((l) => /error/i.test(l) && !l.startsWith("at ")) ?? lines[0];
  return errorLine ?? "";
}

function prefixLines(vendor: string, chunk: Buffer): string {
  return chunk
    .toString()
    .split(/(?<=\n)/)
    .map((line) => `[${vendor}] ${line}`)
    .join("");
}
