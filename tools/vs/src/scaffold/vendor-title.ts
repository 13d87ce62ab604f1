import { pascalCase } from "@vendor-sdks/spec-kit/workspace/client-naming";

/** `--title`, or the vendor name in PascalCase (`acme-ai` → `AcmeAi`). */
export function vendorTitle(name: string, title: string | undefined): string {
  return title === undefined ? pascalCase(name) : title.trim();
}

/** Why `title` cannot head the spec, the docs page and the client's comments, or undefined when it can. */
export function vendorTitleProblem(title: string): string | undefined {
  if (title === "") return "--title must not be empty.";
  if (title.length > 80) return `--title must be at most 80 characters, got ${title.length}.`;
  if (/[\u0000-\u001f\u007f]/.test(title)) return `--title must be one line of text without control characters, got ${JSON.stringify(title)}.`;
  return undefined;
}
