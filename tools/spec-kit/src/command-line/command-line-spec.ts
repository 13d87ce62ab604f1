/**
 * What a command line accepts, declared once: the parser reads it, the usage text is rendered from it. Used by
 * every `vs` command and by scripts that are their own entry point (the docs server).
 */

interface OptionBase {
  readonly description: string;
  /** One-letter alias, e.g. "k" for `-k`. */
  readonly short?: string;
}

/** `--json`: present or not (false when left out). */
export interface FlagOption extends OptionBase {
  readonly type: "boolean";
}

/** `--base-url <url>`: one value. Left out, it falls back to `env`, then to `default`. */
export interface ValueOption extends OptionBase {
  readonly type: "string";
  /** Placeholder in the usage text, e.g. "<url>". */
  readonly value: string;
  readonly default?: string;
  /** What the command uses when the option is left out, when that is computed, for the usage text. */
  readonly fallback?: string;
  /** Environment variable read when the option is left out (an empty value counts as unset). */
  readonly env?: string;
  readonly required?: boolean;
  readonly multiple?: false;
}

/** `--port <vendor>=<port>`, repeatable: every value given, in order. */
export interface RepeatableOption extends OptionBase {
  readonly type: "string";
  readonly value: string;
  readonly multiple: true;
}

export type OptionSpec = FlagOption | ValueOption | RepeatableOption;
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ArgumentSpec {
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  /** Takes every remaining positional (`[vendor…]`); must be the last argument. */
  readonly variadic?: boolean;
  readonly choices?: readonly string[];
  /** What the command uses when the argument is left out, for the usage text, e.g. "the current folder's name". */
  readonly fallback?: string;
}

/** An environment variable the command reads that is not an option's fallback (e.g. a credential). */
export interface EnvironmentVariable {
  readonly name: string;
  readonly description: string;
}

export interface CommandLineSpec<O extends OptionSpecs = OptionSpecs, A extends readonly ArgumentSpec[] = readonly ArgumentSpec[]> {
  /** What follows the program in an invocation, e.g. "verify" in `vs verify`. */
  readonly name: string;
  /** One line: what the command does. */
  readonly summary: string;
  readonly arguments: A;
  readonly options: O;
  readonly environment?: readonly EnvironmentVariable[];
  /** Whole invocations, program included; at least one. */
  readonly examples: readonly [string, ...string[]];
}

type OptionValue<S extends OptionSpec> = S extends FlagOption
  ? boolean
  : S extends RepeatableOption
    ? string[]
    : S extends { readonly required: true } | { readonly default: string }
      ? string
      : string | undefined;

type ArgumentChoice<S extends ArgumentSpec> = S extends { readonly choices: readonly (infer C extends string)[] } ? C : string;
type ArgumentValue<S extends ArgumentSpec> = S extends { readonly variadic: true }
  ? ArgumentChoice<S>[]
  : S extends { readonly required: true }
    ? ArgumentChoice<S>
    : ArgumentChoice<S> | undefined;

export type OptionValues<O extends OptionSpecs> = { -readonly [K in keyof O]: OptionValue<O[K]> };
export type ArgumentValues<A extends readonly ArgumentSpec[]> = { [S in A[number] as S["name"]]: ArgumentValue<S> };

/** A parsed command line: option values by option name, positional arguments by argument name. */
export interface ParsedCommandLine<O extends OptionSpecs = OptionSpecs, A extends readonly ArgumentSpec[] = readonly ArgumentSpec[]> {
  readonly values: OptionValues<O>;
  readonly args: ArgumentValues<A>;
}

/** Declares a command line, keeping its literal types so that parsing it gives typed values. */
export function defineCommandLine<const O extends OptionSpecs, const A extends readonly ArgumentSpec[]>(spec: CommandLineSpec<O, A>): CommandLineSpec<O, A> {
  return spec;
}
