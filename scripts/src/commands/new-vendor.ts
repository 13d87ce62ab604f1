import { parseArgs } from "node:util";
import { runToCompletion } from "../processes/run-children.ts";
import { parseAuthOption, parseBaseUrl } from "../scaffold/auth-option.ts";
import { createVendor } from "../scaffold/create-vendor.ts";
import { findRepoRoot } from "../workspace/repo-root.ts";
import type { Command } from "./command.ts";

/** `vs new-vendor <name> --base-url <url> --auth <bearer|api-key:<header>> [--title "Name"] [--no-install]`. */
export const newVendorCommand: Command = {
  summary: "new-vendor <name> --base-url <url> --auth <bearer|api-key:<header>>: scaffold a vendor's spec and client",
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { "base-url": { type: "string" }, auth: { type: "string" }, title: { type: "string" }, "no-install": { type: "boolean", default: false } },
    });
    const [name] = positionals;
    if (!name) throw new Error("Usage: pnpm new-vendor <name> --base-url <url> --auth <bearer|api-key:<header>> [--title \"Display Name\"]");
    const root = findRepoRoot();
    const { files, scaffold } = await createVendor(root, {
      name,
      baseUrl: parseBaseUrl(values["base-url"]),
      auth: parseAuthOption(values.auth),
      ...(values.title ? { title: values.title } : {}),
    });
    console.log(`Created ${scaffold.title} (${files.length} files; mock port ${scaffold.mockPort}):\n${files.map((f) => `  ${f}`).join("\n")}`);
    if (!values["no-install"]) {
      // Link the two new workspace packages (the store already holds every dependency); the lockfile must change,
      // so not frozen even where CI=true makes that the default.
      const code = await runToCompletion({ label: "pnpm install", command: "pnpm", args: ["install", "--offline", "--no-frozen-lockfile"], cwd: root });
      if (code !== 0) {
        console.error("pnpm install --offline failed; run `pnpm install` to link the new packages.");
        return code;
      }
    }
    console.log(`\nNext: describe the API in specs/${name}/ (see specs/README.md), then \`pnpm generate\` and \`pnpm test\`.`);
    return 0;
  },
};
