/** The benchmark groups, in the order bench/results.md lists them: `pnpm bench <group…>` runs only those. */
export const BENCH_GROUPS = ["build", "codegen", "size", "client", "sse", "mock", "docs", "scale"] as const;
export type BenchGroup = (typeof BENCH_GROUPS)[number];
