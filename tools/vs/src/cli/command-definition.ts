import type { ArgumentSpec, CommandLineSpec, OptionSpecs, ParsedCommandLine } from "@vendor-sdks/spec-kit/command-line/command-line-spec";
import { askForwardedCli, type ForwardedCli } from "./forwarded-cli.ts";
import { parseCommandLine } from "@vendor-sdks/spec-kit/command-line/parse-command-line";

export interface CommandContext {
  /** Name of the folder the command runs in (a vendor name for per-package scripts). */
  readonly cwdName: string;
}

/** A `vs` command as its module declares it: the command line it accepts, and what it does with the parsed values. */
export interface CommandDefinition<O extends OptionSpecs, A extends readonly ArgumentSpec[]> extends CommandLineSpec<O, A> {
  run(input: ParsedCommandLine<O, A>, ctx: CommandContext): Promise<number>;
}

/**
 * A command whose arguments belong to another program's CLI, which declares and parses them itself: `vs` declares
 * no option of its own, and its `arguments` only describe what is handed over.
 */
export interface ForwardingCommandDefinition extends CommandLineSpec<Record<string, never>> {
  readonly forwardsTo: ForwardedCli;
  run(forwarded: readonly string[], ctx: CommandContext): Promise<number>;
}

/** A registered command: its declaration, and how to run it from the raw arguments. */
export interface Command {
  readonly spec: CommandLineSpec;
  readonly forwardsTo?: ForwardedCli;
  /** Check the arguments (a UsageError, or the forwarded CLI's own complaint, when they are wrong), then run. */
  execute(argv: readonly string[], ctx: CommandContext): Promise<number>;
}

export function defineCommand<const O extends OptionSpecs, const A extends readonly ArgumentSpec[]>(definition: CommandDefinition<O, A>): Command {
  const { run, ...spec } = definition;
  return { spec, execute: (argv, ctx) => run(parseCommandLine(spec, argv, process.env), ctx) };
}

export function defineForwardingCommand(definition: ForwardingCommandDefinition): Command {
  const { run, forwardsTo, ...spec } = definition;
  return {
    spec,
    forwardsTo,
    async execute(argv, ctx) {
      // before anything is built: a typo in a flag should not cost a build
      const verdict = await askForwardedCli(forwardsTo, argv);
      if (verdict.code !== 0) {
        process.stderr.write(verdict.stderr);
        return verdict.code;
      }
      return run(argv, ctx);
    },
  };
}
