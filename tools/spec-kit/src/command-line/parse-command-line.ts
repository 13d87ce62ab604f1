import { parseArgs, type ParseArgsConfig } from "node:util";
import { closestName } from "./closest-name.ts";
import { argumentLabel, optionLabel } from "./labels.ts";
import type { ArgumentSpec, CommandLineSpec, OptionSpecs, ParsedCommandLine } from "./command-line-spec.ts";
import { UsageError } from "./usage-error.ts";

type NodeOptions = NonNullable<ParseArgsConfig["options"]>;

/** Every command answers `--help` and `-h`; no declaration restates it. */
const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const satisfies NodeOptions;

/**
 * Whether the command line asks for help (`--help` or `-h`). Given the declaration, the rest of the line must be
 * right first: an unknown option, a malformed value, a surplus argument or one outside its choices is a UsageError
 * even beside `--help`, so `<args> --help` succeeds exactly when `<args>` would parse (how `vs` checks arguments
 * it forwards); only a missing argument or option does not stop the help. Without a declaration (the arguments
 * belong to another program's CLI), any `--help` or `-h` counts.
 */
export function asksForHelp(argv: readonly string[], spec?: CommandLineSpec): boolean {
  if (!spec) return tokensOf(argv, {}).some((t) => t.kind === "option" && t.name === "help");
  const parsed = strictParse(argv, spec.options);
  if (parsed.values.help !== true) return false;
  argumentValues(spec.arguments, parsed.positionals, { missingAllowed: true });
  return true;
}

/**
 * Parse `argv` against the declaration, strictly: an unknown option, a value where none belongs, a missing or
 * surplus argument each throw a UsageError that names it. Options left out take their environment variable
 * (from `env`), then their default.
 */
export function parseCommandLine<const O extends OptionSpecs, const A extends readonly ArgumentSpec[]>(
  spec: CommandLineSpec<O, A>,
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ParsedCommandLine<O, A> {
  const parsed = strictParse(argv, spec.options);
  // arguments first: a missing one is the likelier mistake, and the one the synopsis puts first
  const args = argumentValues(spec.arguments, parsed.positionals) as ParsedCommandLine<O, A>["args"];
  const values = optionValues(spec.options, parsed.values, env) as ParsedCommandLine<O, A>["values"];
  return { values, args };
}

function strictParse(argv: readonly string[], options: OptionSpecs) {
  rejectUnknownOptions(argv, options);
  try {
    return parseArgs({ args: [...argv], options: nodeOptions(options), strict: true, allowPositionals: true });
  } catch (error) {
    // node words these itself and names the option: "Option '--host <value>' argument missing"
    if (isNodeParseError(error)) throw new UsageError(error.message);
    throw error;
  }
}

function nodeOptions(options: OptionSpecs): NodeOptions {
  const result: NodeOptions = { ...HELP_OPTION };
  for (const [name, option] of Object.entries(options)) {
    result[name] = { type: option.type, ...(option.short ? { short: option.short } : {}), ...(option.type === "string" && option.multiple ? { multiple: true } : {}) };
  }
  return result;
}

function tokensOf(argv: readonly string[], options: OptionSpecs) {
  return parseArgs({ args: [...argv], options: nodeOptions(options), strict: false, allowPositionals: true, tokens: true }).tokens;
}

/** Our own message for the commonest mistake, with the option most likely meant. */
function rejectUnknownOptions(argv: readonly string[], options: OptionSpecs): void {
  const known = nodeOptions(options);
  const unknown = tokensOf(argv, options).find((t) => t.kind === "option" && !Object.hasOwn(known, t.name));
  if (unknown?.kind !== "option") return;
  const meant = closestName(unknown.name, Object.keys(known));
  throw new UsageError(`unknown option ${unknown.rawName}${meant ? ` (did you mean --${meant}?)` : ""}`);
}

function optionValues(options: OptionSpecs, given: Record<string, unknown>, env: Readonly<Record<string, string | undefined>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(options)) {
    const value = given[name];
    if (option.type === "boolean") values[name] = value === true;
    else if (option.multiple) values[name] = Array.isArray(value) ? value : [];
    else {
      const fromEnv = option.env ? env[option.env] || undefined : undefined;
      const resolved = (typeof value === "string" ? value : undefined) ?? fromEnv ?? option.default;
      if (resolved === undefined && option.required) throw new UsageError(`missing required option ${optionLabel(name, option)}`);
      values[name] = resolved;
    }
  }
  return values;
}

function argumentValues(specs: readonly ArgumentSpec[], positionals: readonly string[], { missingAllowed = false } = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  let next = 0;
  for (const spec of specs) {
    const taken = spec.variadic ? positionals.slice(next) : positionals.slice(next, next + 1);
    next += taken.length;
    if (taken.length === 0 && spec.required && !missingAllowed) throw new UsageError(`missing required argument ${argumentLabel(spec)}`);
    for (const value of taken) {
      if (spec.choices && !spec.choices.includes(value)) {
        throw new UsageError(`unknown ${spec.name} "${value}": expected one of ${spec.choices.join(", ")}`);
      }
    }
    values[spec.name] = spec.variadic ? taken : taken[0];
  }
  const surplus = positionals[next];
  if (surplus !== undefined) throw new UsageError(specs.length === 0 ? `takes no arguments; got "${surplus}"` : `unexpected argument "${surplus}"`);
  return values;
}

function isNodeParseError(error: unknown): error is Error {
  const code: unknown = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === "string" && code.startsWith("ERR_PARSE_ARGS_");
}
