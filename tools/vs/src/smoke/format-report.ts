import type { SmokeReport } from "./run-smoke.ts";

/** What the consumer smoke test did, per vendor, with timings; failures are listed by the caller. */
export function formatSmokeReport(report: SmokeReport): string {
  const lines = [`Consumer project: ${report.projectDir} (npm install ${report.installMode})`, `Packed: ${report.packed.map((p) => p.name).join(", ")}`];
  for (const plan of report.plans) {
    const status = (run: SmokeReport["esm"]) => {
      const r = run.results.find((x) => x.vendor === plan.vendor);
      return r?.error ? "error" : String(r?.status ?? "none");
    };
    lines.push(`  ${plan.clientPackage.padEnd(24)} GET ${plan.path} (${plan.operationId}): import → ${status(report.esm)}, require() → ${status(report.cjs)}`);
  }
  lines.push(`  tsc ${Object.entries(report.typecheck).map(([variant, diagnostics]) => `${variant}: ${diagnostics ? "errors" : "ok"}`).join("; ")}`);
  if (report.cjs.stderr) lines.push(`  require() printed on stderr: ${report.cjs.stderr}`);
  lines.push(`  timings: ${Object.entries(report.timings).map(([step, s]) => `${step} ${s.toFixed(1)} s`).join(", ")}`);
  return lines.join("\n");
}
