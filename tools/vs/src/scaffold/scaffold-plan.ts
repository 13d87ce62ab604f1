import { existsSync } from "node:fs";
import { join } from "node:path";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { authOptionProblem, type AuthOption } from "./auth-option.ts";
import { parseBaseUrl } from "./base-url.ts";
import type { VendorScaffold } from "./vendor-scaffold.ts";
import { vendorNameProblem } from "./vendor-name.ts";
import { vendorTitle, vendorTitleProblem } from "./vendor-title.ts";

export interface NewVendorInput {
  readonly name: string;
  /** As typed: validated and normalized here. */
  readonly baseUrl: string;
  readonly auth: AuthOption;
  readonly title?: string | undefined;
}

export type ScaffoldPlan = { readonly scaffold: VendorScaffold; readonly problems?: undefined } | { readonly scaffold?: undefined; readonly problems: readonly string[] };

/**
 * Check every input against the workspace before anything is written, and say everything that is wrong at once.
 * The new mock port is one above the highest in use.
 */
export function planScaffold(root: string, input: NewVendorInput): ScaffoldPlan {
  const problems: string[] = [];
  const check = <T>(step: () => T): T | undefined => {
    try {
      return step();
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      return undefined;
    }
  };
  const nameProblem = check(() => vendorNameProblem(input.name, root));
  if (nameProblem) problems.push(nameProblem);
  const baseUrl = check(() => parseBaseUrl(input.baseUrl));
  const authProblem = authOptionProblem(input.auth);
  if (authProblem) problems.push(authProblem);
  const title = vendorTitle(input.name, input.title);
  const titleProblem = vendorTitleProblem(title);
  if (titleProblem) problems.push(titleProblem);
  const ports = check(() => (existsSync(join(root, "specs")) ? listVendors(root).map((v) => v.mockPort) : []));
  if (problems.length > 0 || baseUrl === undefined || ports === undefined) return { problems };
  return { scaffold: { name: input.name, title, baseUrl, auth: input.auth, mockPort: ports.length ? Math.max(...ports) + 1 : 4010 } };
}
