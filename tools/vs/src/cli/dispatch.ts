import { closestName } from "@vendor-sdks/spec-kit/command-line/closest-name";
import type { Command, CommandContext } from "./command-definition.ts";
import { askForwardedCli } from "./forwarded-cli.ts";
import { asksForHelp } from "@vendor-sdks/spec-kit/command-line/parse-command-line";
import { renderCommandList, renderUsage, renderUsageError } from "@vendor-sdks/spec-kit/command-line/render-usage";
import { USAGE_ERROR_EXIT_CODE, UsageError } from "@vendor-sdks/spec-kit/command-line/usage-error";

/** The repo's tooling CLI, as it is named in usage texts. */
export const PROGRAM = "vs";

export interface DispatchIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/**
 * `vs <command> [...]`: find the command, answer `--help` without running it, parse strictly, run. Resolves to the
 * exit code: the command's own, 2 for a command line that is wrong, 1 for a command that threw.
 */
export async function dispatch(argv: readonly string[], commands: readonly Command[], ctx: CommandContext, io: DispatchIo): Promise<number> {
  const [name, ...rest] = argv;
  const list = () => renderCommandList(commands.map((c) => c.spec), PROGRAM);
  if (name === undefined || name === "--help" || name === "-h") {
    io.stdout(list());
    return 0;
  }
  const command = commands.find((c) => c.spec.name === name);
  if (!command) {
    const meant = closestName(name, commands.map((c) => c.spec.name));
    io.stderr(`${PROGRAM}: unknown command "${name}"${meant ? ` (did you mean "${meant}"?)` : ""}\n\n${list()}`);
    return USAGE_ERROR_EXIT_CODE;
  }
  try {
    // a forwarded CLI's arguments are its own to judge (printHelp asks it)
    if (asksForHelp(rest, command.forwardsTo ? undefined : command.spec)) return await printHelp(command, rest, io);
    return await command.execute(rest, ctx);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(renderUsageError(command.spec, PROGRAM, error));
      return USAGE_ERROR_EXIT_CODE;
    }
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** The command's usage; for a forwarding command, followed by the usage of the CLI that judges the arguments. */
async function printHelp(command: Command, argv: readonly string[], io: DispatchIo): Promise<number> {
  if (!command.forwardsTo) {
    io.stdout(renderUsage(command.spec, PROGRAM));
    return 0;
  }
  // as for a vs command, a wrong option beside --help is reported rather than hidden by the usage
  const answer = await askForwardedCli(command.forwardsTo, argv);
  if (answer.code !== 0) {
    io.stderr(answer.stderr);
    return answer.code;
  }
  io.stdout(`${renderUsage(command.spec, PROGRAM)}\nEvery argument is handed to ${command.forwardsTo.label}, which declares them:\n\n${answer.stdout}`);
  return 0;
}
