/** Whitespace (newlines included) collapsed to single spaces: for a table cell, a list item or a link label. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A Markdown code span that survives backticks inside `text` (CommonMark: a longer fence, padded). */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  const pad = longestRun > 0 || text.startsWith(" ") || text.endsWith(" ") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A fenced code block whose fence is longer than any backtick run in `source`. */
export function codeBlock(language: string, source: string): string {
  const longestRun = Math.max(2, ...[...source.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${language}\n${source.endsWith("\n") ? source : `${source}\n`}${fence}`;
}

/** Text for one cell of a Markdown table: one line, pipes escaped. */
export function tableCell(text: string): string {
  return oneLine(text).replace(/\|/g, "\\|");
}

/** Text for a link label: one line, brackets and backslashes escaped. */
export function linkLabel(text: string): string {
  return oneLine(text).replace(/[\\[\]]/g, "\\$&");
}

/** "1 operation", "3 operations". */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
