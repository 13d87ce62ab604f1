import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { row, spread, writeResults } from "../../src/bench/results.ts";

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const context = { date: "2026-01-01", machine: "test" };

describe("bench results", () => {
  it("computes ratios against the baseline and marks budgets in the table", () => {
    dir = mkdtempSync(join(tmpdir(), "bench-"));
    const { markdown } = writeResults(dir, [row({ group: "client", figure: "call", value: 120, unit: "µs", baseline: 100, budget: "≤ 1.15×", pass: false })], context);
    expect(markdown).toContain("| client | call | 120 µs | 100 µs | 1.20× | ≤ 1.15× | **FAIL** |");
  });

  it("replaces only the groups a run measured, keeping the others as last measured", () => {
    dir = mkdtempSync(join(tmpdir(), "bench-"));
    writeResults(dir, [row({ group: "build", figure: "cold", value: 20, unit: "s" }), row({ group: "client", figure: "call", value: 1, unit: "µs" })], context);
    writeResults(dir, [row({ group: "client", figure: "call", value: 2, unit: "µs" })], context);
    const saved = JSON.parse(readFileSync(join(dir, "results.json"), "utf8")) as { rows: { group: string; value: number }[] };
    expect(saved.rows.map((r) => [r.group, r.value])).toEqual([
      ["build", 20],
      ["client", 2],
    ]);
  });

  it("reports the median of repeated runs with their spread", () => {
    expect(spread([5, 1, 3, 9])).toEqual({ median: 4, min: 1, max: 9 });
  });
});
