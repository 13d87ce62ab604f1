import { findRepoRoot } from "@vendor-sdks/spec-kit/workspace/repo-root";
import { defineCommand } from "../cli/command-definition.ts";

/**
 * `vs dev`: watch `specs/` and, for the vendor whose files changed, lint, regenerate its client, rebuild its docs
 * page and reload its mock. Every vendor's mock runs on its usual port; only the changed vendor is rebuilt.
 */
export const devCommand = defineCommand({
  name: "dev",
  summary: "watch specs/; on a change re-lint, regenerate, rebuild the docs page and reload the mock of that vendor",
  arguments: [],
  options: {},
  examples: ["pnpm dev"],
  async run() {
    // Loaded here, not at the top: other `vs` commands must not pay for the watcher's engines.
    const { runDev } = await import("../dev/run-dev.ts");
    return runDev(findRepoRoot());
  },
});
