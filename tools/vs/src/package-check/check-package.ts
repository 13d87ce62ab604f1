import { checkManifest } from "./manifest-rules.ts";
import { packPackage } from "./pack-package.ts";
import type { WorkspacePackage } from "./publishable-packages.ts";
import { runAttw } from "./run-attw.ts";
import { runPublint } from "./run-publint.ts";

export interface PackageCheckResult {
  readonly name: string;
  readonly tarball: string;
  /** One line per problem, prefixed with the check that found it; empty when the package is ready to publish. */
  readonly problems: string[];
  /** publint suggestions: worth reading, not failures. */
  readonly suggestions: string[];
  /** Whether attw had types to analyse (data-only spec packages have none). */
  readonly typesAnalysed: boolean;
  readonly seconds: number;
}

/** Pack one package and run every packaging check on the tarball: our manifest rules, publint, attw. */
export async function checkPackage(pkg: WorkspacePackage, privatePackages: ReadonlySet<string>, destination: string): Promise<PackageCheckResult> {
  const started = performance.now();
  const packed = await packPackage(pkg.dir, destination);
  const [publint, attw] = await Promise.all([runPublint(packed.dir, packed.manifest), runAttw(packed.tarball)]);
  const problems = [
    ...checkManifest(packed.manifest, { privatePackages, files: packed.files }).map((p) => `package.json: ${p}`),
    ...publint.failures.map((p) => `publint: ${p}`),
    ...attw.failures.map((p) => `attw: ${p}`),
  ];
  return {
    name: pkg.name,
    tarball: packed.tarball,
    problems,
    suggestions: publint.suggestions,
    typesAnalysed: attw.hasTypes,
    seconds: (performance.now() - started) / 1000,
  };
}
