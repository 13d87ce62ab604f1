import type { MockFeatures } from "@vendor-sdks/mock-engine";
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
  /** Streams, remembered resources and webhooks. */
  readonly features: MockFeatures;
}

const LISTED_OPERATIONS = 6;

/** The markdown the README shows per vendor: every scenario, the Prefer header that selects it, and where. */
export function formatScenarios(vendors: readonly VendorScenarios[]): string {
  return vendors.map(formatVendor).join("\n");
}

function formatVendor({ vendor, port, operationCount, scenarios, credential, validation, features }: VendorScenarios): string {
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
    ...formatFeatures(features),
  ].join("\n");
}

/** Streams, state, webhooks and the knobs every operation has (latency, planned faults). */
function formatFeatures({ streams, resources, webhooks }: MockFeatures): string[] {
  const lines = [
    "Every operation: `Prefer: latency=<ms>` delays the answer; `POST /__mock/faults` `{\"status\": 503, \"count\": 2}` fails the next calls of your credential.",
    "",
  ];
  if (streams.length > 0) {
    lines.push("Streams (`Prefer: stream-delay=<ms>`, `stream-error-after=<n>`, `stream-drop-after=<n>`):", "");
    for (const s of streams) {
      const how = s.kind === "turn" ? `a reply played event by event: ${s.events.join(" → ")}` : s.kind === "live" ? "live: open until you leave, heartbeats and the events your writes cause, resumes from `Last-Event-ID`" : "its documented frames, paced";
      lines.push(`- ${s.operation}: ${how}`);
    }
    lines.push("");
  }
  if (resources.length > 0) {
    lines.push("State (remembered per credential; `POST /__mock/reset` forgets yours; `--stateless` turns it off):", "");
    for (const r of resources) lines.push(`- \`${r.collection}\`: ${r.operations.map((o) => `${o.action} ${o.operation}`).join(", ")}`);
    lines.push("");
  }
  if (webhooks.length > 0) lines.push(`Webhooks (\`POST /__mock/trigger/<event>\` delivers to the endpoints you registered): ${webhooks.join(", ")}`, "");
  return lines;
}

function formatOperations(operations: readonly string[], total: number): string {
  if (operations.length === total) return `all ${total}`;
  if (operations.length <= LISTED_OPERATIONS) return operations.join(", ");
  return `${operations.length}, e.g. ${operations.slice(0, LISTED_OPERATIONS - 2).join(", ")}`;
}
