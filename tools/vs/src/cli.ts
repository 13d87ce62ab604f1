import { basename } from "node:path";
import { dispatch } from "./cli/dispatch.ts";
import { commands } from "./commands/index.ts";

/**
 * `vs <command> [...]`: the repo's one tooling entry point. Package scripts run it in their own folder, so a
 * command that works on one vendor takes the vendor from the current directory's name.
 */
process.exitCode = await dispatch(process.argv.slice(2), commands, { cwdName: basename(process.cwd()) }, {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
