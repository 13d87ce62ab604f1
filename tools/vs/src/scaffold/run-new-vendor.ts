import { createVendor, vendorDirs } from "./create-vendor.ts";
import { INSTALL_ARGS, installWorkspace } from "./install-workspace.ts";
import { planScaffold, type NewVendorInput } from "./scaffold-plan.ts";
import { recordRollback } from "./tree-rollback.ts";

export interface NewVendorOptions extends NewVendorInput {
  /** Run `pnpm install` to link the new packages (and add them to pnpm-lock.yaml). */
  readonly install: boolean;
}

/** Files outside the new folders that `pnpm install` may rewrite, restored on failure. */
const INSTALL_TOUCHES = ["pnpm-lock.yaml", "pnpm-workspace.yaml"];

/** Exit codes: 2 when the input is refused, 1 when scaffolding or the install failed, 128 + n on signal n. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

/**
 * `pnpm new-vendor`: validate everything, write `specs/<name>/` and `packages/<name>/`, install. A refusal writes
 * nothing; any later failure, or SIGINT/SIGTERM, removes what was written and restores pnpm-lock.yaml byte for byte,
 * so the working tree is exactly as before.
 */
export async function runNewVendor(root: string, options: NewVendorOptions, log: (line: string) => void): Promise<number> {
  const abort = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    log(`${signal}: stopping, then undoing the scaffold.`);
    abort.abort(signal);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    return await scaffoldVendor(root, options, log, abort.signal);
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}

/** {@link runNewVendor} with the interruption as an AbortSignal (its reason a signal name), for tests. */
export async function scaffoldVendor(root: string, options: NewVendorOptions, log: (line: string) => void, signal: AbortSignal): Promise<number> {
  const plan = planScaffold(root, options);
  if (!plan.scaffold) {
    log(`new-vendor: nothing was written, because:\n${plan.problems.map((p) => `  - ${p}`).join("\n")}`);
    return 2;
  }
  const { scaffold } = plan;
  const rollback = recordRollback(root, { newDirs: vendorDirs(scaffold.name), files: options.install ? INSTALL_TOUCHES : [] });
  const undo = (why: string, code: number): number => {
    const undone = rollback.restore();
    log(`${why}\nUndone: ${undone.length ? undone.join(", ") : "nothing had been written"}. The working tree is as it was.`);
    return code;
  };
  const interrupted = () => (signal.aborted ? (SIGNAL_EXIT[String(signal.reason)] ?? 130) : undefined);

  let files: string[];
  try {
    files = await createVendor(root, scaffold);
  } catch (error) {
    return undo(`new-vendor: writing the scaffold failed: ${error instanceof Error ? error.message : String(error)}`, interrupted() ?? 1);
  }
  const stopped = interrupted();
  if (stopped !== undefined) return undo("new-vendor: interrupted.", stopped);
  log(`Created ${scaffold.title} (${files.length} files; mock port ${scaffold.mockPort}):\n${files.map((f) => `  ${f}`).join("\n")}`);

  if (options.install) {
    log(`\nLinking the new packages: pnpm ${INSTALL_ARGS.join(" ")}`);
    const code = await installWorkspace(root, signal);
    const stoppedDuringInstall = interrupted();
    if (stoppedDuringInstall !== undefined) return undo("new-vendor: interrupted during pnpm install.", stoppedDuringInstall);
    if (code !== 0) {
      return undo(
        `new-vendor: pnpm install failed (exit ${code}), so the scaffold is removed. Fix what pnpm reports above and run new-vendor again ` +
          "(or pass --no-install to keep the files unlinked, then run pnpm install yourself).",
        1,
      );
    }
  } else {
    log("\nNot installed (--no-install): run `pnpm install` to link the new packages before building them.");
  }
  log(`\nNext: describe the API in specs/${scaffold.name}/ (see specs/README.md), then \`pnpm generate\` and \`pnpm test\`.`);
  return 0;
}
