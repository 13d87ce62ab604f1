import { parseArgs } from "node:util";
import { formatReport } from "../verify/format-report.ts";
import { runVerify } from "../verify/run-verify.ts";
import { credentialOf } from "../workspace/client-naming.ts";
import { ensureBundled } from "../spec/bundle.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

/** `vs verify <vendor> --base-url <url> [--json] [--allow-writes id,id]`. */
export const verifyCommand: Command = {
  summary: "verify <vendor> --base-url <url> [--json] [--allow-writes ids]: check a live API against the spec",
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { "base-url": { type: "string" }, json: { type: "boolean", default: false }, "allow-writes": { type: "string" } },
    });
    const [vendorName] = positionals;
    if (!vendorName) throw new Error("Usage: pnpm verify <vendor> --base-url <url> [--json] [--allow-writes opA,opB]");
    const baseUrl = values["base-url"];
    if (!baseUrl) throw new Error(`Missing --base-url: the live ${vendorName} API to check (the spec's servers[0].url for the vendor's cloud).`);
    const root = findRepoRoot();
    const vendor = getVendor(vendorName, root);
    const doc = await ensureBundled(vendor, root);
    const { envVar } = credentialOf(vendor.name, doc);
    const secret = process.env[envVar] || undefined;
    if (!secret && Array.isArray(doc.security) && doc.security.length > 0) {
      process.stderr.write(`No credentials: set ${envVar}. Operations that need them will be reported as failed.\n`);
    }
    const allowWrites = values["allow-writes"]?.split(",").map((s) => s.trim()).filter(Boolean) ?? [];
    const report = await runVerify({
      doc,
      baseUrl,
      secret,
      allowWrites,
      log: (line) => process.stderr.write(`${line}\n`),
    });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(vendor.name, report)}\n`);
    if (report.mismatches.length > 0) return 1;
    return report.calls.some((c) => c.outcome === "failed") ? 2 : 0;
  },
};
