import type { VerifyReport } from "./run-verify.ts";

export interface Verdict {
  /** 2: a call failed or a planned call could not be made (failures dominate); 1: mismatches only; 0: every planned call made and agreeing. */
  readonly exitCode: 0 | 1 | 2;
  /** One line, failures first, that claims agreement only for calls that were made and agreed. */
  readonly summary: string;
  readonly counts: {
    readonly made: number;
    readonly failed: number;
    readonly mismatched: number;
    readonly agreeing: number;
    /** Planned calls whose path ids no listing gave. */
    readonly notMade: number;
    /** Operations left out of the plan (writes not allowed, no example values). */
    readonly notPlanned: number;
  };
}

export function verdictOf(report: VerifyReport): Verdict {
  const count = (outcome: string) => report.calls.filter((c) => c.outcome === outcome).length;
  const counts = {
    made: report.calls.length,
    failed: count("failed"),
    mismatched: count("mismatch"),
    agreeing: count("ok"),
    notMade: report.notExercised.filter((n) => n.kind === "dependency").length,
    notPlanned: report.notExercised.filter((n) => n.kind !== "dependency").length,
  };
  const exitCode = counts.failed > 0 || counts.notMade > 0 || counts.made === 0 ? 2 : report.mismatches.length > 0 ? 1 : 0;
  const notPlanned = counts.notPlanned > 0 ? `; ${counts.notPlanned} operation(s) not exercised` : "";
  if (exitCode === 0) return { exitCode, counts, summary: `${counts.made} call(s) made, all agree with the spec${notPlanned}.` };
  const outcomes = [
    counts.failed > 0 ? `${counts.failed} failed` : "",
    counts.mismatched > 0 ? `${counts.mismatched} with mismatches` : "",
    counts.agreeing > 0 ? `${counts.agreeing} agree` : "",
  ].filter(Boolean);
  const made = counts.made === 0 ? "No call was made" : `${counts.made} call(s) attempted: ${outcomes.join(", ")}`;
  const notMade = counts.notMade > 0 ? `; ${counts.notMade} planned call(s) could not be made` : "";
  return { exitCode, counts, summary: `${made}${notMade}${notPlanned}.` };
}
