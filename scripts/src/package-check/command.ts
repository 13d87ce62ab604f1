import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../commands/command.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import type { PackageCheckResult } from "./check-package.ts";
import { formatResults } from "./format-results.ts";
import { listPublishablePackages, listWorkspacePackages } from "./publishable-packages.ts";

/** `vs package-check [name…]`: pack each publishable package and run our manifest rules, publint and attw on it. */
export const packageCheckCommand: Command = {
  summary: "package-check [package…]: pack every publishable package; manifest rules + publint + attw on each tarball",
  async run(args) {
    const { checkPackage } = await import("./check-package.ts"); // publint + attw: load on use, not for every `vs` command
    const root = findRepoRoot();
    const privatePackages = new Set(listWorkspacePackages(root).filter((p) => p.manifest.private === true).map((p) => p.name));
    const selected = listPublishablePackages(root).filter((p) => args.length === 0 || args.includes(p.name) || args.includes(p.relativeDir));
    if (selected.length === 0) throw new Error(`No publishable package matches ${args.join(", ")}.`);
    const destination = mkdtempSync(join(tmpdir(), "vs-package-check-"));
    try {
      const results: PackageCheckResult[] = [];
      // one at a time: attw and pnpm pack are CPU-bound and CI runners are small
      for (const pkg of selected) results.push(await checkPackage(pkg, privatePackages, destination));
      process.stdout.write(`${formatResults(results)}\n`);
      return results.some((r) => r.problems.length > 0) ? 1 : 0;
    } finally {
      rmSync(destination, { recursive: true, force: true });
    }
  },
};
