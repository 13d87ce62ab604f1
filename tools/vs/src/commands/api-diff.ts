import { relative } from "node:path";
import { defineCommand } from "../cli/command-definition.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor, listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";

const vendorsArgument = { name: "vendor", variadic: true, description: "A vendor under specs/", fallback: "every vendor" } as const;

/** `vs api:diff [vendor...] [--json]`: the breaking-change gate. Exit 1 when a change lacks the changeset it needs. */
export const apiDiffCommand = defineCommand({
  name: "api:diff",
  summary: "classify spec changes since the last release (breaking or not); fail without the changeset they need",
  arguments: [vendorsArgument],
  options: { json: { type: "boolean", description: "Print the results as JSON instead of a report" } },
  examples: ["pnpm api:diff", "pnpm api:diff hania --json"],
  async run({ values, args }) {
    // the diff engine loads the spec bundler: load on use, not for every `vs` command
    const { formatApiDiff } = await import("../api-diff/format-report.ts");
    const { releasedSpecPath } = await import("../api-diff/released-spec.ts");
    const { runApiDiff } = await import("../api-diff/run-api-diff.ts");
    const root = findRepoRoot();
    const vendors = args.vendor.length > 0 ? args.vendor.map((name) => getVendor(name, root)) : listVendors(root);
    const results = await runApiDiff(vendors, root);
    if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      const fileOf = (name: string) => releasedSpecPath(getVendor(name, root));
      process.stdout.write(`${formatApiDiff(results, fileOf, root)}\n`);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  },
});

/** `vs api:snapshot [vendor...]`: the release flow's step that records the specs just released. */
export const apiSnapshotCommand = defineCommand({
  name: "api:snapshot",
  summary: "record each current spec as the released baseline of api:diff (a step of `pnpm version-packages`)",
  arguments: [vendorsArgument],
  options: {},
  examples: ["pnpm api:snapshot", "pnpm api:snapshot hania"],
  async run({ args }) {
    const { snapshotReleasedSpecs } = await import("../release/snapshot-released-specs.ts");
    const root = findRepoRoot();
    const vendors = args.vendor.length > 0 ? args.vendor.map((name) => getVendor(name, root)) : listVendors(root);
    for (const r of await snapshotReleasedSpecs(vendors, root)) {
      console.log(`${r.vendor}: ${relative(root, r.file)} ${r.changed ? "updated" : "unchanged"}`);
    }
    return 0;
  },
});
