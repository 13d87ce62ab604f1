import type { CallRecord } from "./call-operation.ts";
import type { Mismatch } from "./compare-response.ts";
import type { VerifyReport } from "./run-verify.ts";
import { verdictOf } from "./verdict.ts";

const HEADLINE = { 0: "OK", 1: "MISMATCHES", 2: "FAILED" } as const;

/**
 * The human report: the verdict, then failed calls, mismatches, operations not exercised (each with its reason),
 * and last the calls that agree. Agreement is only ever stated for calls that were made.
 */
export function formatReport(vendor: string, report: VerifyReport): string {
  const verdict = verdictOf(report);
  const lines = [`Drift check of ${vendor} against ${report.baseUrl}`, `${HEADLINE[verdict.exitCode]} (exit ${verdict.exitCode}): ${verdict.summary}`];
  if (report.diagnosis) lines.push(report.diagnosis);
  const section = (title: string, entries: readonly string[]) => {
    if (entries.length > 0) lines.push("", `${title} (${entries.length}):`, ...entries.map((e) => `  ${e}`));
  };
  section("Failed calls", report.calls.filter((c) => c.outcome === "failed").map(callLine));
  section("Mismatches", report.mismatches.map(mismatchLine));
  section("Not exercised", report.notExercised.map((n) => `${n.method.padEnd(6)} ${n.path}  (${n.operationId}): ${n.reason}`));
  section("Agree with the spec", report.calls.filter((c) => c.outcome === "ok").map(callLine));
  return lines.join("\n");
}

function callLine(c: CallRecord): string {
  return `${String(c.status ?? "-").padEnd(4)} ${c.method.padEnd(6)} ${c.path}  (${c.operationId})${c.reason ? `: ${c.reason}` : ""}`;
}

function mismatchLine(m: Mismatch): string {
  const where = `${m.event ? `event ${m.event.index} (${m.event.name}) ` : ""}at "${m.pointer || "(response)"}"`;
  const more = m.occurrences > 1 ? ` (${m.occurrences} ${m.event ? "occurrences" : "items"})` : "";
  return `${m.operationId} ${m.method} ${m.path} → ${m.status} ${where}: spec says ${m.expected}; got ${m.actual}${more}`;
}
