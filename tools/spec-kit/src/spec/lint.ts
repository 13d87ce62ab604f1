import { lint } from "@redocly/openapi-core";
import type { Vendor } from "../workspace/vendors.ts";
import { loadRepoConfig } from "./load-config.ts";
import { checkSpecSyntax } from "./read-source.ts";
import { toSpecProblems, type SpecProblem } from "./problems.ts";

/**
 * Lint a vendor's spec with the shared rules. Warnings count as failures: our bar is zero problems, and
 * Redocly's CLI would pass a spec with warnings.
 */
export async function lintSpec(vendor: Vendor, root: string): Promise<SpecProblem[]> {
  checkSpecSyntax(vendor, root);
  const config = await loadRepoConfig(root);
  const problems = await lint({ ref: vendor.rootFile, config });
  return toSpecProblems(problems, root);
}
