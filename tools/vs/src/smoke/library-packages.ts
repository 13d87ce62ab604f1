import type { WorkspacePackage } from "../package-check/publishable-packages.ts";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";

/**
 * What a consumer project installs: each vendor's client and spec package, plus every workspace package they
 * depend on (the runtime) or take as a peer (the mock engine behind `./msw`), found by following `dependencies` and
 * `peerDependencies`, so a new vendor or shared package needs no edit.
 * The mock-server CLI is not among them: it is a tool run with npx, not a library a project imports.
 */
export function consumerLibraries(vendors: readonly Vendor[], workspace: readonly WorkspacePackage[]): WorkspacePackage[] {
  const byName = new Map(workspace.map((p) => [p.name, p]));
  const wanted = new Set<string>();
  const visit = (name: string) => {
    const pkg = byName.get(name);
    if (!pkg || wanted.has(name)) return;
    if (pkg.manifest.private === true) throw new Error(`${name} is private but a published consumer package depends on it.`);
    wanted.add(name);
    const deps = { ...(pkg.manifest.dependencies as Record<string, string> | undefined), ...(pkg.manifest.peerDependencies as Record<string, string> | undefined) };
    for (const dep of Object.keys(deps)) visit(dep);
  };
  for (const v of vendors) {
    visit(v.clientPackage);
    visit(v.specPackage);
  }
  return [...wanted].sort().map((name) => byName.get(name) as WorkspacePackage);
}
