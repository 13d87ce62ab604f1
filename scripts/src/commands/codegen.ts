import { generateClient } from "../codegen/generate-client.ts";
import { ensureBundled } from "../spec/bundle.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import { getVendor } from "../workspace/vendors.ts";
import type { Command } from "./command.ts";

/** `vs codegen [--check] [vendor]`: run in `packages/<vendor>`. */
export const codegenCommand: Command = {
  summary: "codegen [--check] [vendor]: regenerate packages/<vendor>/src/generated (or fail if stale)",
  async run(args, ctx) {
    const check = args.includes("--check");
    const vendorName = args.find((a) => !a.startsWith("--")) ?? ctx.cwdName;
    const root = findRepoRoot();
    const vendor = getVendor(vendorName, root);
    const doc = await ensureBundled(vendor, root);
    const { written, stale } = await generateClient(vendor, doc, root, check);
    if (check) {
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
};
