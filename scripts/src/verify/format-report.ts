import type { VerifyReport } from "./run-verify.ts";

/** The human report: one line per call, then each mismatch with its pointer, expectation and finding. */
export function formatReport(vendor: string, report: VerifyReport): string {
  const lines = [`Drift check of ${vendor} against ${report.baseUrl}`, ""];
  for (const c of report.calls) {
    lines.push(`  ${c.outcome.padEnd(8)} ${String(c.status ?? "-").padEnd(4)} ${c.method.padEnd(6)} ${c.path}  (${c.operationId})${c.reason ? `: ${c.reason}` : ""}`);
  }
  lines.push("");
  if (report.mismatches.length === 0) {
    lines.push("No mismatches: the live API agrees with the spec on every call made.");
  } else {
    lines.push(`${report.mismatches.length} mismatch(es):`);
    for (const m of report.mismatches) {
      lines.push(`  ${m.operationId} ${m.method} ${m.path} → ${m.status} at "${m.pointer || "(response)"}": spec says ${m.expected}; got ${m.actual}${m.occurrences > 1 ? ` (${m.occurrences} items)` : ""}`);
    }
  }
  const counts = (o: string) => report.calls.filter((c) => c.outcome === o).length;
  lines.push("", `${counts("ok")} ok, ${counts("mismatch")} with mismatches, ${counts("failed")} failed, ${counts("skipped")} skipped`);
  return lines.join("\n");
}
