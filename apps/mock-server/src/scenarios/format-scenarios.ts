import type { Scenario } from "./list-scenarios.js";

export interface VendorScenarios {
  readonly vendor: string;
  readonly port: number;
  readonly operationCount: number;
  readonly scenarios: readonly Scenario[];
  /** How to pass a credential, e.g. ``header `X-API-KEY: <any value>` ``. */
  readonly credential: string;
  /** How an invalid request is answered. */
  readonly validation: string;
}

const LISTED_OPERATIONS = 6;

/** The markdown the README shows per vendor: every scenario, the Prefer header that selects it, and where. */
export function formatScenarios(vendors: readonly VendorScenarios[]): string {
  return vendors.map(formatVendor).join("\n");
}

function formatVendor({ vendor, port, operationCount, scenarios, credential, validation }: VendorScenarios): string {
  const rows = scenarios.map((s) => {
    const prefer = /^\d{3}$/.test(s.status) ? `code=${s.status}` : "code=<status>";
    const header = s.example === undefined ? prefer : `${s.status.startsWith("2") ? "" : `${prefer}, `}example=${s.example}`;
    const what = `${s.status}${s.example === undefined ? "" : ` \`${s.example}\``}${s.retryAfter ? " + `Retry-After`" : ""}`;
    return `| ${what} | \`Prefer: ${header}\` | ${formatOperations(s.operations, operationCount)} |`;
  });
  return [
    `### ${vendor} (port ${port}, ${operationCount} operations)`,
    "",
    `- Credential: ${credential}; without it, 401.`,
    `- Invalid body or parameter: ${validation}.`,
    "",
    "| Scenario | Header | Operations |",
    "|---|---|---|",
    ...rows,
    "",
  ].join("\n");
}

function formatOperations(operations: readonly string[], total: number): string {
  if (operations.length === total) return `all ${total}`;
  if (operations.length <= LISTED_OPERATIONS) return operations.join(", ");
  return `${operations.length}, e.g. ${operations.slice(0, LISTED_OPERATIONS - 2).join(", ")}`;
}
