import { relative } from "node:path";
import { getLineColLocation, type NormalizedProblem } from "@redocly/openapi-core";

export interface SpecProblem {
  readonly severity: "error" | "warn";
  readonly ruleId: string;
  readonly message: string;
  /** Repo-relative file path (or absolute when outside `root`). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
}

/** Turn Redocly's problems into `file:line:col` records a person can jump to. */
export function toSpecProblems(problems: readonly NormalizedProblem[], root: string): SpecProblem[] {
  return problems
    .filter((p) => p.severity === "error" || p.severity === "warn")
    .map((p) => {
      const loc = p.location[0];
      let line = 1;
      let column = 1;
      let file = "(unknown file)";
      let pointer = "";
      if (loc) {
        file = relative(root, loc.source.absoluteRef) || loc.source.absoluteRef;
        pointer = loc.pointer ?? "";
        try {
          const lc = getLineColLocation(loc);
          line = lc.start.line;
          column = lc.start.col;
        } catch {
          // A problem whose source cannot be parsed keeps line 1; the pointer still says where.
        }
      }
      return { severity: p.severity as "error" | "warn", ruleId: p.ruleId, message: p.message, file, line, column, pointer };
    });
}

export function formatProblem(p: SpecProblem): string {
  return `${p.file}:${p.line}:${p.column} ${p.severity} ${p.ruleId}: ${p.message}${p.pointer ? ` (at ${p.pointer})` : ""}`;
}

/** Thrown when a spec cannot be bundled or linted; its message lists every problem with file and line. */
export class SpecError extends Error {
  constructor(
    readonly specName: string,
    readonly problems: readonly SpecProblem[],
  ) {
    super(`${specName}: ${problems.length} problem(s)\n${problems.map(formatProblem).join("\n")}`);
    this.name = "SpecError";
  }
}
