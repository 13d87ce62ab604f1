import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineCommand } from "../cli/command-definition.ts";
import { buildWorkspacePackages } from "@vendor-sdks/spec-kit/workspace/build-packages";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";

/** `vs package-check [name…]`: pack each publishable package and run our manifest rules, publint and attw on it. */
export const packageCheckCommand = defineCommand({
  name: "package-check",
  summary: "pack every publishable package; run the manifest rules, publint and attw on each tarball",
  arguments: [{ name: "package", variadic: true, description: "A package name or folder, e.g. @vendor-sdks/hania or packages/hania", fallback: "every publishable package" }],
  options: {},
  examples: ["pnpm package-check", "pnpm package-check @vendor-sdks/hania apps/mock-server"],
  async run({ args: { package: names } }) {
    // publint, attw and yaml: load on use, not for every `vs` command
    const { checkPackage } = await import("./check-package.ts");
    const { formatResults } = await import("./format-results.ts");
    const { listPublishablePackages, listWorkspacePackages } = await import("./publishable-packages.ts");
    const root = findRepoRoot();
    buildWorkspacePackages(root); // checks run on packed tarballs, packed from dist/
    const privatePackages = new Set(listWorkspacePackages(root).filter((p) => p.manifest.private === true).map((p) => p.name));
    const selected = listPublishablePackages(root).filter((p) => names.length === 0 || names.includes(p.name) || names.includes(p.relativeDir));
    if (selected.length === 0) throw new Error(`No publishable package matches ${names.join(", ")}.`);
    const destination = mkdtempSync(join(tmpdir(), "vs-package-check-"));
    try {
      // two at a time: pnpm pack and attw are CPU-bound, and CI runners have two cores
      const results = await mapWithConcurrency(selected, 2, (pkg) => checkPackage(pkg, privatePackages, destination));
      process.stdout.write(`${formatResults(results)}\n`);
      return results.some((r) => r.problems.length > 0) ? 1 : 0;
    } finally {
      rmSync(destination, { recursive: true, force: true });
    }
  },
});

/** `work` on every item, at most `limit` at once, results in input order. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
