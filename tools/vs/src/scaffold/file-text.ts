import { stringify } from "yaml";

/** A JSON file's text: two-space indent and a final newline, as the repo's hand-written manifests. */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A YAML file's text, serialized from data so any value (colons, quotes, `#`) stays a string. */
export function yamlText(value: unknown): string {
  return stringify(value, { lineWidth: 0 });
}
