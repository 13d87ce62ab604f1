import type { ArgumentSpec, OptionSpec } from "./command-line-spec.ts";

/** How an argument is written in messages and the synopsis: `<vendor>`, `[vendor]`, `[group…]`. */
export function argumentLabel(spec: ArgumentSpec): string {
  const name = `${spec.name}${spec.variadic ? "…" : ""}`;
  return spec.required ? `<${name}>` : `[${name}]`;
}

/** How an option is written in messages and the synopsis: `--json`, `--base-url <url>`. */
export function optionLabel(name: string, spec: OptionSpec): string {
  return spec.type === "boolean" ? `--${name}` : `--${name} ${spec.value}`;
}
