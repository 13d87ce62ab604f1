import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_GROUPS } from "./groups.ts";

/** One benchmark figure: its value beside a baseline measured in the same run, and the budget it must meet. */
export interface BenchRow {
  readonly group: string;
  readonly figure: string;
  readonly value: number;
  readonly unit: string;
  /** A comparable measurement from the same run (e.g. raw fetch, plain node:http), if there is one. */
  readonly baseline?: number;
  /** value / baseline, when there is a baseline. */
  readonly ratio?: number;
  /** Human-readable budget, e.g. "≤ 1.15×". */
  readonly budget?: string;
  readonly pass?: boolean;
  readonly note?: string;
  /** Spread of the repeated runs behind `value` (which is their median). */
  readonly min?: number;
  readonly max?: number;
}

export function row(r: Omit<BenchRow, "ratio"> & { ratio?: number }): BenchRow {
  const ratio = r.ratio ?? (r.baseline ? r.value / r.baseline : undefined);
  return { ...r, ...(ratio !== undefined ? { ratio } : {}) };
}

const fmt = (n: number | undefined, digits = 2) => (n === undefined ? "" : Number.isInteger(n) ? String(n) : n.toFixed(digits));

/**
 * Write the table. A run of some groups replaces only those groups' rows: the others stay as last measured, so
 * `pnpm bench client` does not wipe the build or docs figures.
 */
export function writeResults(dir: string, measured: readonly BenchRow[], context: Record<string, string>): { markdown: string } {
  mkdirSync(dir, { recursive: true });
  const groups = new Set(measured.map((r) => r.group));
  const kept = previousRows(join(dir, "results.json")).filter((r) => !groups.has(r.group));
  const rows = [...kept, ...measured].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
  const lines = [
    "# Benchmark results",
    "",
    `Last updated by \`pnpm bench\` on ${context.date}: ${context.machine}. Values are medians of several runs after a warm-up, with (min–max). Ratios compare with a baseline measured in the same run (client rows: the median of per-block ratios of calls interleaved with the baseline's), so they hold across machines; absolute times do not. Running some groups (\`pnpm bench client\`) replaces only their rows.`,
    "",
    "| group | figure | value | baseline | ratio | budget | result |",
    "|---|---|---|---|---|---|---|",
    ...rows.map(
      (r) =>
        `| ${r.group} | ${r.figure}${r.note ? ` (${r.note})` : ""} | ${fmt(r.value)} ${r.unit}${r.min !== undefined ? ` (${fmt(r.min)}–${fmt(r.max)})` : ""} | ${r.baseline === undefined ? "" : `${fmt(r.baseline)} ${r.unit}`} | ${r.ratio === undefined ? "" : `${fmt(r.ratio)}×`} | ${r.budget ?? ""} | ${r.pass === undefined ? "" : r.pass ? "pass" : "**FAIL**"} |`,
    ),
    "",
  ];
  const markdown = lines.join("\n");
  writeFileSync(join(dir, "results.md"), markdown);
  writeFileSync(join(dir, "results.json"), `${JSON.stringify({ ...context, rows }, null, 2)}\n`);
  return { markdown };
}

export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
}

/** Median, min and max of repeated runs. */
export function spread(values: readonly number[]): Spread {
  return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
}

const GROUP_ORDER: readonly string[] = BENCH_GROUPS;

function previousRows(file: string): BenchRow[] {
  if (!existsSync(file)) return [];
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { rows?: BenchRow[] }).rows ?? [];
  } catch {
    return []; // an unreadable old file is simply replaced
  }
}

/** Median of a list of numbers (the figure we report for repeated runs). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
