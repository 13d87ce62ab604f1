import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../commands/command.ts";
import { buildWorkspacePackages } from "../workspace/build-packages.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { formatResults } from "./format-results.ts";
import { listPublishablePackages, listWorkspacePackages } from "./publishable-packages.ts";

/** `vs package-check [name…]`: pack each publishable package and run our manifest rules, publint and attw on it. */
export const packageCheckCommand: Command = {
  summary: "package-check [package…]: pack every publishable package; manifest rules + publint + attw on each tarball",
  async run(args) {
    const { checkPackage } = await import("./check-package.ts"); // publint + attw: load on use, not for every `vs` command
    const root = findRepoRoot();
    buildWorkspacePackages(root); // checks run on packed tarballs, packed from dist/
    const privatePackages = new Set(listWorkspacePackages(root).filter((p) => p.manifest.private === true).map((p) => p.name));
    const selected = listPublishablePackages(root).filter((p) => args.length === 0 || args.includes(p.name) || args.includes(p.relativeDir));
    if (selected.length === 0) throw new Error(`No publishable package matches ${args.join(", ")}.`);
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
};

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
