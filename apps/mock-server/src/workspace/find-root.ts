import { findRepoRootOrUndefined } from "@vendor-sdks/spec-kit/workspace/repo-root";

/** The workspace root: the nearest folder at or above `from` holding pnpm-workspace.yaml and specs/. */
export function findWorkspaceRoot(from: string): string {
  const root = findWorkspaceRootOrUndefined(from);
  // The mock's own message: unlike the repo tools, it can also run outside the repo when given --root.
  if (root === undefined) throw new Error(`No pnpm-workspace.yaml found above ${from}: run this inside the vendor-sdks repo or pass --root.`);
  return root;
}

/** Like findWorkspaceRoot, but outside a workspace (an app that installed the mock server) it is undefined. */
export const findWorkspaceRootOrUndefined = findRepoRootOrUndefined;
