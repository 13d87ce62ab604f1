import type { PackageCheckResult } from "./check-package.ts";

/** One block per package: ✔ or ✘, then each problem and suggestion indented under it. */
export function formatResults(results: readonly PackageCheckResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    const note = r.typesAnalysed ? "" : " (data only: no types for attw to analyse)";
    lines.push(`${r.problems.length === 0 ? "✔" : "✘"} ${r.name}${note} ${r.seconds.toFixed(1)} s`);
    for (const p of r.problems) lines.push(`    ${p}`);
    for (const s of r.suggestions) lines.push(`    suggestion (publint): ${s}`);
  }
  const failed = results.filter((r) => r.problems.length > 0).length;
  lines.push("", failed === 0 ? `${results.length} package(s) ready to publish.` : `${failed} of ${results.length} package(s) have packaging problems.`);
  return lines.join("\n");
}
