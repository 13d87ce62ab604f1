import { BENCH_GROUPS } from "../bench/groups.ts";
import { defineCommand } from "../cli/command-definition.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";

/** `vs bench [group…]`: run the benchmarks (all groups, or the ones named). */
export const benchCommand = defineCommand({
  name: "bench",
  summary: "measure build, codegen, size, client, SSE, mock, docs and scale figures into bench/results.{md,json}",
  arguments: [
    {
      name: "group",
      variadic: true,
      choices: BENCH_GROUPS,
      description: "Measure only these groups; the other rows of bench/results.md stay as last measured",
      fallback: "every group",
    },
  ],
  options: {},
  examples: ["pnpm bench", "pnpm bench client sse"],
  async run({ args }) {
    const { runBench } = await import("../bench/run-bench.ts"); // heavy (esbuild, autocannon, Chromium): load on use
    const root = findRepoRoot();
    const rows = await runBench(root, listVendors(root), new Set(args.group));
    const failed = rows.filter((r) => r.pass === false);
    console.log(`bench: ${rows.length} figures written to bench/results.md; ${failed.length} over budget${failed.length ? `: ${failed.map((r) => r.figure).join("; ")}` : ""}`);
    return 0;
  },
});
