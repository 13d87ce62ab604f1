import { findRepoRoot } from "../workspace/repo-root.ts";
import { listVendors } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

/** `vs bench [group…]`: run the benchmarks (all groups, or build/codegen/size/client/sse/mock/docs). */
export const benchCommand: Command = {
  summary: "bench [build|codegen|size|client|sse|mock|docs…]: measure and write bench/results.{md,json}",
  async run(args) {
    const { runBench } = await import("../bench/run-bench.ts"); // heavy (esbuild, autocannon, Chromium): load on use
    const root = findRepoRoot();
    const rows = await runBench(root, listVendors(root), new Set(args));
    const failed = rows.filter((r) => r.pass === false);
    console.log(`bench: ${rows.length} figures written to bench/results.md; ${failed.length} over budget${failed.length ? `: ${failed.map((r) => r.figure).join("; ")}` : ""}`);
    return 0;
  },
};
