import { defineCommand } from "../cli/command-definition.ts";
import { AUTH_OPTION_FORMS, parseAuthOption } from "../scaffold/auth-option.ts";
import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";

/** `vs new-vendor <name> --base-url <url> --auth <form> [--title "Name"] [--no-install]`. */
export const newVendorCommand = defineCommand({
  name: "new-vendor",
  summary: "scaffold a vendor: specs/<name>/ and packages/<name>/, discovered by everything else",
  arguments: [{ name: "name", required: true, description: "The vendor's folder and package name, e.g. acme" }],
  options: {
    "base-url": { type: "string", value: "<url>", required: true, description: "The vendor's API base URL (the spec's servers[0].url)" },
    auth: { type: "string", value: "<auth>", required: true, description: `How the API authenticates: ${AUTH_OPTION_FORMS}` },
    title: { type: "string", value: "<name>", description: "Display name in the spec, docs and README", fallback: "the name in PascalCase" },
    "no-install": { type: "boolean", description: "Do not run `pnpm install` to link the new packages (and add them to pnpm-lock.yaml)" },
  },
  examples: ["pnpm new-vendor acme --base-url https://api.acme.test/v1 --auth api-key:X-Acme-Key --title Acme"],
  async run({ values, args }) {
    const { runNewVendor } = await import("../scaffold/run-new-vendor.ts"); // bundles and generates: load on use
    const { name } = args;
    const options = { name, baseUrl: values["base-url"], auth: parseAuthOption(values.auth), title: values.title, install: !values["no-install"] };
    return runNewVendor(findRepoRoot(), options, (line) => console.log(line));
  },
});
