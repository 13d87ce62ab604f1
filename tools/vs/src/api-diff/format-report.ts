import { relative } from "node:path";
import type { VendorApiDiff } from "./run-api-diff.ts";

/** The gate's report for people: each vendor's findings (with the document each pointer addresses) and verdict. */
export function formatApiDiff(results: readonly VendorApiDiff[], releasedFileOf: (vendor: string) => string, root: string): string {
  const lines: string[] = [];
  for (const r of results) {
    if (!r.released) {
      lines.push(`${r.vendor}: never released (no ${relative(root, releasedFileOf(r.vendor))}); nothing to compare.`);
      continue;
    }
    if (r.findings.length === 0) {
      lines.push(`${r.vendor}: no change since the released spec.`);
      continue;
    }
    const breaking = r.findings.filter((f) => f.breaking).length;
    lines.push(`${r.vendor}: ${r.findings.length} change(s), ${breaking} breaking (pointers: old# = released spec, new# = current bundle)`);
    for (const f of r.findings) lines.push(`  ${f.breaking ? "BREAKING" : "ok      "} ${f.rule.padEnd(34)} ${f.side}#${f.pointer}\n           ${f.message}`);
    const declared = r.declared ? `has a ${r.declared} changeset` : "has no changeset";
    if (r.ok) lines.push(`  ✓ ${r.package.name} ${declared}; ${r.required} or more is needed.`);
    else {
      const why = breaking > 0 ? `breaking changes need a ${r.required} bump${r.required === "minor" ? ` (${r.package.name} is ${r.package.version}, pre-1.0)` : ""}` : "a spec change must bump the client that ships it";
      lines.push(`  ✗ ${r.package.name} ${declared}: ${why}. Add one with \`pnpm changeset\`: "${r.package.name}": ${r.required}`);
    }
  }
  return lines.join("\n");
}
