import type { MockServer } from "../start-mocks.js";

/** `vendor  mock URL  docs` as aligned columns: the one thing a user reads after startup. */
export function formatServerTable(servers: readonly MockServer[]): string {
  const rows = [["Vendor", "Mock URL", "Docs"], ...servers.map((s) => [s.vendor, s.url, s.docsUrl])];
  const widths = [0, 1].map((col) => Math.max(...rows.map((row) => (row[col] as string).length)));
  return rows.map((row) => row.map((cell, col) => (col < 2 ? cell.padEnd(widths[col] as number) : cell)).join("   ")).join("\n");
}
