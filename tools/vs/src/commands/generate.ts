import { defineCommand } from "../cli/command-definition.ts";
import { runToCompletion } from "../processes/run-children.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { getVendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { turboChild } from "./turbo-child.ts";

/** `vs generate [vendor…] [--check]`: the root `pnpm generate` / `generate:check`; turbo runs `vs codegen` per client. */
export const generateCommand = defineCommand({
  name: "generate",
  summary: "regenerate every client's src/generated/ from its spec (turbo runs `vs codegen` in each client package)",
  arguments: [{ name: "vendor", variadic: true, description: "Only these vendors' clients", fallback: "every client" }],
  options: { check: { type: "boolean", description: "Write nothing; fail when committed generated code differs from what the specs produce" } },
  examples: ["pnpm generate", "pnpm generate hania", "pnpm generate:check"],
  async run({ values, args }) {
    const root = findRepoRoot();
    const filters = args.vendor.map((name) => `--filter=${getVendor(name, root).clientPackage}`);
    return runToCompletion(turboChild(root, ["run", values.check ? "generate:check" : "generate", ...filters]));
  },
});
