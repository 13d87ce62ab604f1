import { relative } from "node:path";
import { parseArgs } from "node:util";
import { formatApiDiff } from "../api-diff/format-report.ts";
import { releasedSpecPath } from "../api-diff/released-spec.ts";
import { runApiDiff } from "../api-diff/run-api-diff.ts";
import { snapshotReleasedSpecs } from "../release/snapshot-released-specs.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor, listVendors } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

/** `vs api:diff [vendor...] [--json]`: the breaking-change gate. Exit 1 when a change lacks the changeset it needs. */
export const apiDiffCommand: Command = {
  summary: "api:diff [vendor...] [--json]: classify spec changes since the last release; fail without the changeset they need",
  async run(args) {
    const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, options: { json: { type: "boolean", default: false } } });
    const root = findRepoRoot();
    const vendors = positionals.length > 0 ? positionals.map((name) => getVendor(name, root)) : listVendors(root);
    const results = await runApiDiff(vendors, root);
    if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else {
      const fileOf = (name: string) => releasedSpecPath(getVendor(name, root));
      process.stdout.write(`${formatApiDiff(results, fileOf, root)}\n`);
    }
    return results.every((r) => r.ok) ? 0 : 1;
  },
};

/** `vs api:snapshot [vendor...]`: the release flow's step that records the specs just released. */
export const apiSnapshotCommand: Command = {
  summary: "api:snapshot [vendor...]: record each current spec as the released baseline of api:diff (release flow)",
  async run(args) {
    const root = findRepoRoot();
    const vendors = args.length > 0 ? args.map((name) => getVendor(name, root)) : listVendors(root);
    for (const r of await snapshotReleasedSpecs(vendors, root)) {
      console.log(`${r.vendor}: ${relative(root, r.file)} ${r.changed ? "updated" : "unchanged"}`);
    }
    return 0;
  },
};
