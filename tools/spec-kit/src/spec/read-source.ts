import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseDocument } from "yaml";
import type { Vendor } from "../workspace/vendors.ts";
import { SpecError, type SpecProblem } from "./problems.ts";

/**
 * Parse every YAML file of a spec, failing with `file:line:col` on any syntax error. Redocly reports YAML
 * errors without a usable location, so we check first and give spec authors a place to jump to.
 */
export function checkSpecSyntax(vendor: Vendor, root: string): void {
  const files = [vendor.rootFile];
  for (const folder of ["paths", "components"]) {
    try {
      for (const f of readdirSync(join(vendor.specDir, folder), { recursive: true, encoding: "utf8" })) {
        if (/\.ya?ml$/.test(f)) files.push(join(vendor.specDir, folder, f));
      }
    } catch {
      // a spec without that folder is fine
    }
  }
  const problems = files.flatMap((file) => yamlProblems(file, root));
  if (problems.length > 0) throw new SpecError(vendor.name, problems);
}

function yamlProblems(file: string, root: string): SpecProblem[] {
  const doc = parseDocument(readFileSync(file, "utf8"), { prettyErrors: true });
  return doc.errors.map((e) => ({
    severity: "error" as const,
    ruleId: "yaml-syntax",
    message: e.message.split("\n")[0] ?? e.message,
    file: relative(root, file),
    line: e.linePos?.[0].line ?? 1,
    column: e.linePos?.[0].col ?? 1,
    pointer: "",
  }));
}
