export interface CommandContext {
  /** Name of the folder the command runs in (a vendor name for per-package scripts). */
  readonly cwdName: string;
}

export interface Command {
  readonly summary: string;
  run(args: readonly string[], ctx: CommandContext): Promise<number>;
}
