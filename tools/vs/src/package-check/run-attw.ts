import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * attw rule we ignore, and why: our packages are ESM-only and declare `engines.node >= 20.19`, where `require()`
 * of a synchronous ES module graph works without a flag (the smoke test proves it for every client). attw's
 * `cjs-resolves-to-esm` predates that and flags every ESM-only package. Unlike `--profile esm-only`, ignoring
 * just this rule keeps every other node10 and node16-from-CJS check (missing types, wrong module kind) on.
 */
export const IGNORED_ATTW_RULE = { rule: "cjs-resolves-to-esm", kind: "CJSResolvesToESM" } as const;

interface AttwProblem {
  readonly kind: string;
  readonly entrypoint?: string;
  readonly resolutionKind?: string;
}

interface AttwJson {
  readonly analysis: { readonly types: unknown };
  readonly problems?: Record<string, AttwProblem[]>;
}

export interface AttwResult {
  /** False for a data-only package (the spec packages): attw then has nothing to analyse. */
  readonly hasTypes: boolean;
  readonly failures: string[];
}

/** `attw <tarball> --format json --ignore-rules cjs-resolves-to-esm`, summarised as one line per problem. */
export function runAttw(tarball: string): Promise<AttwResult> {
  const require = createRequire(import.meta.url);
  const cli = join(dirname(require.resolve("@arethetypeswrong/cli/package.json")), "dist", "index.js");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, tarball, "--format", "json", "--ignore-rules", IGNORED_ATTW_RULE.rule], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      let report: AttwJson;
      try {
        report = JSON.parse(stdout) as AttwJson;
      } catch {
        reject(new Error(`attw did not print a JSON report for ${tarball}:\n${stderr || stdout || String(error)}`));
        return;
      }
      const problems = Object.values(report.problems ?? {})
        .flat()
        .filter((p) => p.kind !== IGNORED_ATTW_RULE.kind)
        .map((p) => `${p.kind} for "${p.entrypoint ?? "."}" under ${p.resolutionKind ?? "every resolution"}`);
      // attw's exit code is the authority; the list only explains it
      const failed = error !== null;
      resolve({ hasTypes: report.analysis.types !== false, failures: failed && problems.length === 0 ? ["attw failed without naming a problem"] : failed ? problems : [] });
    });
  });
}
