import { defineCommand } from "../cli/command-definition.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";

/** `vs smoke [--keep]`: install the packed clients into a fresh npm project and use them as a consumer would. */
export const smokeCommand = defineCommand({
  name: "smoke",
  summary: "pack the clients, npm-install them outside the repo, and import/require/type-check them against Prism",
  arguments: [],
  options: { keep: { type: "boolean", description: "Keep the temporary consumer project (its path is in the report) instead of deleting it" } },
  examples: ["pnpm smoke", "pnpm smoke --keep"],
  async run({ values }) {
    // packing, npm and Prism: load on use, not for every `vs` command
    const { formatSmokeReport } = await import("./format-report.ts");
    const { runSmoke, smokeFailures } = await import("./run-smoke.ts");
    const started = performance.now();
    const report = await runSmoke({ root: findRepoRoot(), keep: values.keep, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${formatSmokeReport(report)}\n`);
    const failures = smokeFailures(report);
    for (const f of failures) process.stdout.write(`✘ ${f}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(failures.length === 0 ? `✔ smoke test passed in ${seconds} s\n` : `${failures.length} failure(s) in ${seconds} s\n`);
    return failures.length === 0 ? 0 : 1;
  },
});
