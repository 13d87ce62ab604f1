import { createRequire } from "node:module";

// `yaml` is a dependency of @vendor-sdks/scripts, not of this app (no installs allowed while it was written):
// resolve it from there. Once apps/docs lists `yaml` in devDependencies, import it directly.
const fromScripts = createRequire(createRequire(import.meta.url).resolve("@vendor-sdks/scripts/package.json"));
const yaml = fromScripts("yaml") as { parse(text: string): unknown };

/** Parse YAML text, throwing on any syntax error. */
export function parseYaml(text: string): unknown {
  return yaml.parse(text);
}
