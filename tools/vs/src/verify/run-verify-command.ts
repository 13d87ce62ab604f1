import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { ensureBundled } from "@vendor-sdks/spec-kit/spec/bundle";
import { credentialOf } from "@vendor-sdks/spec-kit/workspace/client-naming";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { formatReport } from "./format-report.ts";
import { runVerify, type VerifyReport } from "./run-verify.ts";
import { verdictOf } from "./verdict.ts";

/** The parsed command line of `vs verify`. */
export interface VerifyCommandValues {
  readonly vendor: string | undefined;
  readonly baseUrl: string | undefined;
  /** Print the JSON report on stdout instead of the text one. */
  readonly json: boolean;
  /** Also write the JSON report to this file (relative to the working directory). */
  readonly out: string | undefined;
  /** Comma-separated operationIds whose writes may be sent. */
  readonly allowWrites: string | undefined;
}

export interface VerifyCommandIo {
  readonly stdout: (text: string) => void;
  /** Progress and warnings: never on stdout, so `--json` output stays parseable. */
  readonly stderr: (text: string) => void;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

const processIo: VerifyCommandIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  env: process.env,
  // pnpm runs root scripts in the root; INIT_CWD is where the user typed the command.
  cwd: process.env.INIT_CWD ?? process.cwd(),
};

/** `vs verify`: check a vendor's live API against its spec; resolves to the exit code (see `verdictOf`). */
export async function runVerifyCommand(values: VerifyCommandValues, io: VerifyCommandIo = processIo): Promise<number> {
  const vendorName = values.vendor;
  if (!vendorName) throw new Error("Usage: pnpm verify <vendor> --base-url <url> [--json] [--out <file>] [--allow-writes opA,opB]");
  const baseUrl = values.baseUrl;
  if (!baseUrl) throw new Error(`Missing --base-url: the live ${vendorName} API to check (the spec's servers[0].url for the vendor's cloud).`);
  const root = findRepoRoot();
  const vendor = getVendor(vendorName, root);
  const doc = await ensureBundled(vendor, root);
  const { envVar } = credentialOf(vendor.name, doc);
  const secret = io.env[envVar] || undefined;
  if (!secret && Array.isArray(doc.security) && doc.security.length > 0) {
    io.stderr(`No credentials: set ${envVar}. Operations that need them will be reported as failed.\n`);
  }
  const report = await runVerify({
    doc,
    baseUrl,
    secret,
    secretName: envVar,
    allowWrites: values.allowWrites?.split(",").map((s) => s.trim()).filter(Boolean) ?? [],
    log: (line) => io.stderr(`${line}\n`),
  });
  const json = `${JSON.stringify(jsonReport(vendor.name, report), null, 2)}\n`;
  if (values.out) {
    const file = resolve(io.cwd, values.out);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, json);
    io.stderr(`JSON report written to ${file}\n`);
  }
  io.stdout(values.json ? json : `${formatReport(vendor.name, report)}\n`);
  return verdictOf(report).exitCode;
}

/** The machine-readable report: the verdict first, then every call, mismatch and operation not exercised. */
export function jsonReport(vendor: string, report: VerifyReport): Record<string, unknown> {
  const { exitCode, summary, counts } = verdictOf(report);
  return { vendor, exitCode, summary, counts, ...report };
}
