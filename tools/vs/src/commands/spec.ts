import { relative } from "node:path";
import { defineCommand } from "../cli/command-definition.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";

/** `vs spec bundle|lint [vendor]`: the `build` and `lint` scripts of each spec package, run in `specs/<vendor>`. */
export const specCommand = defineCommand({
  name: "spec",
  summary: "bundle one vendor's spec to specs/<vendor>/dist/, or lint it (zero errors, zero warnings)",
  arguments: [
    { name: "action", required: true, choices: ["bundle", "lint"], description: "bundle writes dist/openapi.{json,yaml}; lint reports every problem" },
    { name: "vendor", description: "The vendor whose spec to work on", fallback: "the current folder's name" },
  ],
  options: {},
  examples: ["node tools/vs/bin/vs.mjs spec lint hania", "node tools/vs/bin/vs.mjs spec bundle hania"],
  async run({ args }, ctx) {
    const root = findRepoRoot();
    const vendor = getVendor(args.vendor ?? ctx.cwdName, root);
    if (args.action === "bundle") {
      const { bundleSpec, writeBundle } = await import("@vendor-sdks/spec-kit/spec/bundle"); // redocly: load on use
      const started = performance.now();
      const { document, upgrade } = await bundleSpec(vendor, root);
      if (upgrade) console.log(`${vendor.name}: ${(await import("@vendor-sdks/spec-kit/spec/upgrade-openapi-30")).describeUpgrade(upgrade)}`);
      writeBundle(vendor, document);
      console.log(`${vendor.name}: bundled to ${relative(root, vendor.bundledJson)} and .yaml in ${Math.round(performance.now() - started)} ms`);
      return 0;
    }
    const { lintSpec } = await import("@vendor-sdks/spec-kit/spec/lint");
    const { formatProblem } = await import("@vendor-sdks/spec-kit/spec/problems");
    const problems = await lintSpec(vendor, root);
    for (const p of problems) console.error(formatProblem(p));
    const errors = problems.filter((p) => p.severity === "error").length;
    console.log(`${vendor.name}: ${errors} error(s), ${problems.length - errors} warning(s)`);
    return problems.length === 0 ? 0 : 1;
  },
});
