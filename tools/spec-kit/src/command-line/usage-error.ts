/** Exit code of a command line that cannot be run as given (unknown option, missing argument, bad choice). */
export const USAGE_ERROR_EXIT_CODE = 2;

/** The command line is wrong, as opposed to the job failing: reported with the usage line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}
