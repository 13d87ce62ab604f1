import { runToCompletion } from "../processes/run-children.ts";

/**
 * Link new workspace packages. The lockfile gains their importers, so not frozen (even where CI=true makes that
 * the default). Not `--offline`: resolving the new importers' dependencies needs registry metadata, which a
 * `pnpm install --frozen-lockfile` never caches; `--prefer-offline` fetches only what is missing.
 */
export const INSTALL_ARGS: readonly string[] = ["install", "--no-frozen-lockfile", "--prefer-offline"];

/** `pnpm install` in `root` with inherited output; resolves to its exit code (non-zero when aborted). */
export function installWorkspace(root: string, signal?: AbortSignal): Promise<number> {
  return runToCompletion({ label: "pnpm install", command: "pnpm", args: INSTALL_ARGS, cwd: root, ...(signal ? { signal } : {}) });
}
