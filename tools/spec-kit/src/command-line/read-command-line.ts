import type { ArgumentSpec, CommandLineSpec, OptionSpecs, ParsedCommandLine } from "./command-line-spec.ts";
import { asksForHelp, parseCommandLine } from "./parse-command-line.ts";
import { renderUsage, renderUsageError } from "./render-usage.ts";
import { USAGE_ERROR_EXIT_CODE, UsageError } from "./usage-error.ts";

/**
 * For a script that is its own entry point (not a `vs` command): its parsed command line; or, after printing the
 * usage (`--help`, exit 0) or what is wrong (exit 2), the end of the process. A `vs` command that forwards its
 * arguments here relies on `<args> --help` exiting 0 exactly when `<args>` parse (see asksForHelp).
 */
export function readCommandLine<const O extends OptionSpecs, const A extends readonly ArgumentSpec[]>(
  spec: CommandLineSpec<O, A>,
  program: string,
  argv: readonly string[] = process.argv.slice(2),
  env: Readonly<Record<string, string | undefined>> = process.env,
): ParsedCommandLine<O, A> {
  try {
    if (asksForHelp(argv, spec)) {
      process.stdout.write(renderUsage(spec, program));
      process.exit(0);
    }
    return parseCommandLine(spec, argv, env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(renderUsageError(spec, program, error));
    process.exit(USAGE_ERROR_EXIT_CODE);
  }
}
