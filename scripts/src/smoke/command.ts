import { parseArgs } from "node:util";
import type { Command } from "../commands/command.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { formatSmokeReport } from "./format-report.ts";
import { runSmoke, smokeFailures } from "./run-smoke.ts";

/** `vs smoke [--keep]`: install the packed clients into a fresh npm project and use them as a consumer would. */
export const smokeCommand: Command = {
  summary: "smoke [--keep]: pack the clients, npm-install them outside the repo, import/require/type-check them against Prism",
  async run(args) {
    const { values } = parseArgs({ args: [...args], options: { keep: { type: "boolean", default: false } } });
    const started = performance.now();
    const report = await runSmoke({ root: findRepoRoot(), keep: values.keep, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${formatSmokeReport(report)}\n`);
    const failures = smokeFailures(report);
    for (const f of failures) process.stdout.write(`✘ ${f}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(failures.length === 0 ? `✔ smoke test passed in ${seconds} s\n` : `${failures.length} failure(s) in ${seconds} s\n`);
    return failures.length === 0 ? 0 : 1;
  },
};
