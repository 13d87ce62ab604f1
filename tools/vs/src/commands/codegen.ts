import { defineCommand } from "../cli/command-definition.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";

/** `vs codegen [--check] [vendor]`: the `generate` script of each client package, run in `packages/<vendor>`. */
export const codegenCommand = defineCommand({
  name: "codegen",
  summary: "regenerate one client's src/generated/ from its bundled spec (or, with --check, fail if it is stale)",
  arguments: [{ name: "vendor", description: "The vendor whose client to generate", fallback: "the current folder's name" }],
  options: { check: { type: "boolean", description: "Write nothing; exit 1 when the committed generated code differs" } },
  examples: ["node tools/vs/bin/vs.mjs codegen hania", "node tools/vs/bin/vs.mjs codegen hania --check"],
  async run({ values, args }, ctx) {
    // openapi-typescript and the bundler: load on use, not for every `vs` command
    const { generateClient } = await import("../codegen/generate-client.ts");
    const { ensureBundled } = await import("@vendor-sdks/spec-kit/spec/bundle");
    const root = findRepoRoot();
    const vendor = getVendor(args.vendor ?? ctx.cwdName, root);
    const doc = await ensureBundled(vendor, root);
    const { written, stale } = await generateClient(vendor, doc, root, values.check);
    const { buildOperationTable, noSuccessWarnings } = await import("@vendor-sdks/spec-kit/operations/operation-table");
    for (const warning of noSuccessWarnings(buildOperationTable(doc))) console.warn(`${vendor.name}: warning: ${warning}`);
    if (values.check) {
      if (stale.length === 0) {
        console.log(`${vendor.name}: generated code is up to date`);
        return 0;
      }
      console.error(`${vendor.name}: generated code is stale; run \`pnpm generate\` and commit:\n${stale.map((s) => `  ${s}`).join("\n")}`);
      return 1;
    }
    console.log(written.length > 0 ? `${vendor.name}: wrote ${written.join(", ")}` : `${vendor.name}: generated code unchanged`);
    return 0;
  },
});
