import type { ArgumentSpec, CommandLineSpec, OptionSpec } from "./command-line-spec.ts";
import { argumentLabel, optionLabel } from "./labels.ts";
import type { UsageError } from "./usage-error.ts";

/** Beyond this width a row's left column is not padded to: its description moves to the next line. */
const MAX_LABEL_WIDTH = 28;

/** `vs verify <vendor> --base-url <url> [options]`: arguments in order, required options, then `[options]`. */
export function renderSynopsis(spec: CommandLineSpec, program: string): string {
  const options = Object.entries(spec.options);
  const required = options.filter(([, o]) => o.type === "string" && !o.multiple && o.required && o.default === undefined);
  const parts = [
    `${program} ${spec.name}`,
    ...spec.arguments.map(argumentLabel),
    ...required.map(([name, o]) => optionLabel(name, o)),
    ...(options.length > required.length ? ["[options]"] : []),
  ];
  return parts.join(" ");
}

/** The full `--help` text: synopsis, arguments, options with defaults and environment variables, examples. */
export function renderUsage(spec: CommandLineSpec, program: string): string {
  const sections = [`${program} ${spec.name}: ${spec.summary}`, `Usage: ${renderSynopsis(spec, program)}`];
  if (spec.arguments.length > 0) {
    sections.push(`Arguments:\n${table(spec.arguments.map((a) => [argumentLabel(a), describeArgument(a)]))}`);
  }
  const options = Object.entries(spec.options).map(([name, o]): [string, string] => [`${o.short ? `-${o.short}, ` : ""}${optionLabel(name, o)}`, describeOption(o)]);
  sections.push(`Options:\n${table([...options, ["-h, --help", "Show this help and exit"]])}`);
  if (spec.environment?.length) sections.push(`Environment:\n${table(spec.environment.map((e) => [e.name, e.description]))}`);
  sections.push(`${spec.examples.length > 1 ? "Examples" : "Example"}:\n${spec.examples.map((e) => `  ${e}`).join("\n")}`);
  return `${sections.join("\n\n")}\n`;
}

/** What a usage error prints: the problem, the synopsis, and where the details are. */
export function renderUsageError(spec: CommandLineSpec, program: string, error: UsageError): string {
  return `${program} ${spec.name}: ${error.message}\nUsage: ${renderSynopsis(spec, program)}\nRun "${program} ${spec.name} --help" for details.\n`;
}

/** `vs --help`: every command with its summary. */
export function renderCommandList(specs: readonly CommandLineSpec[], program: string): string {
  return [
    `Usage: ${program} <command> [arguments] [options]`,
    "",
    "Commands:",
    table(specs.map((s) => [s.name, s.summary])),
    "",
    `Run "${program} <command> --help" for a command's arguments, options and an example.`,
    "",
  ].join("\n");
}

function describeArgument(argument: ArgumentSpec): string {
  const notes = [...(argument.choices ? [`one of: ${argument.choices.join(", ")}`] : []), ...(argument.fallback ? [`default: ${argument.fallback}`] : [])];
  return notes.length > 0 ? `${argument.description} (${notes.join("; ")})` : argument.description;
}

function describeOption(option: OptionSpec): string {
  const notes: string[] = [];
  if (option.type === "string" && !option.multiple) {
    if (option.required) notes.push("required");
    const shownDefault = option.default ?? option.fallback;
    if (shownDefault !== undefined) notes.push(`default: ${shownDefault}`);
    if (option.env) notes.push(`env: ${option.env}`);
  }
  if (option.type === "string" && option.multiple) notes.push("repeatable");
  return notes.length > 0 ? `${option.description} (${notes.join("; ")})` : option.description;
}

/** Two aligned columns, indented by two spaces. */
function table(rows: readonly (readonly [string, string])[]): string {
  const width = Math.min(MAX_LABEL_WIDTH, Math.max(...rows.map(([label]) => label.length)));
  return rows
    .map(([label, text]) => (label.length > width ? `  ${label}\n  ${" ".repeat(width)}  ${text}` : `  ${label.padEnd(width)}  ${text}`))
    .join("\n");
}
