import { relative } from "node:path";
import { bundleSpec, writeBundle } from "../spec/bundle.ts";
import { lintSpec } from "../spec/lint.ts";
import { formatProblem } from "../spec/problems.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

/** `vs spec bundle|lint [vendor]`: run in `specs/<vendor>` or name the vendor. */
export const specCommand: Command = {
  summary: "spec bundle|lint [vendor]: bundle to dist/ or lint (zero warnings) one vendor's spec",
  async run(args, ctx) {
    const [action, vendorName = ctx.cwdName] = args;
    const root = findRepoRoot();
    const vendor = getVendor(vendorName, root);
    if (action === "bundle") {
      const started = performance.now();
      const { document } = await bundleSpec(vendor, root);
      writeBundle(vendor, document);
      console.log(`${vendor.name}: bundled to ${relative(root, vendor.bundledJson)} and .yaml in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    if (action === "lint") {
      const problems = await lintSpec(vendor, root);
      for (const p of problems) console.error(formatProblem(p));
      const errors = problems.filter((p) => p.severity === "error").length;
      console.log(`${vendor.name}: ${errors} error(s), ${problems.length - errors} warning(s)`);
      return problems.length === 0 ? 0 : 1;
    }
    throw new Error(`vs spec: expected "bundle" or "lint", got "${action ?? ""}".`);
  },
};
