import type { ToolingOperation as OperationInfo } from "../codegen/operation-table.ts";
import { buildOperationTable } from "../codegen/operation-table.ts";
import { buildSpecInfo } from "../codegen/spec-info.ts";
import { exampleRequest } from "../contract/example-request.ts";
import { getAtPointer, pointerOf } from "../spec/json-pointer.ts";
import { SpecValidator } from "../validation/spec-validator.ts";
import { compareResponse, type Mismatch } from "./compare-response.ts";
import { createCredentials, joinUrl } from "./credentials.ts";
import { createPoliteFetch } from "./polite-fetch.ts";
import { fillPath, pathParams, planOperations, resolveFromListings } from "./request-plan.ts";

export interface VerifyOptions {
  readonly doc: Record<string, unknown>;
  readonly baseUrl: string;
  readonly secret?: string;
  readonly allowWrites?: readonly string[];
  readonly fetch?: typeof fetch;
  readonly log?: (line: string) => void;
  /** Waits (rate limits) go through this; tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

export interface CallRecord {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly status: number | null;
  readonly outcome: "ok" | "mismatch" | "skipped" | "failed";
  readonly reason?: string;
}

export interface VerifyReport {
  readonly baseUrl: string;
  readonly calls: readonly CallRecord[];
  readonly mismatches: readonly Mismatch[];
}

/**
 * Replay the spec's safe requests against a live API and report every difference between what came back and
 * what the spec says. Writes happen only for operationIds the caller allowed.
 */
export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const { doc } = options;
  const { rateLimitHeaders } = buildSpecInfo(doc);
  const politeFetch = createPoliteFetch({ fetch: options.fetch, log: options.log, sleep: options.sleep, rateLimitHeaders });
  const credentials = createCredentials(doc, options.secret, options.baseUrl, politeFetch);
  const validator = new SpecValidator(doc);
  const table = Object.values(buildOperationTable(doc));
  const plan = planOperations(table, options.allowWrites ?? []);
  const listings = new Map<string, unknown[]>();
  const calls: CallRecord[] = [];
  const mismatches: Mismatch[] = [];

  for (const op of plan) {
    // Path ids come from live listings, never from the spec's example ids.
    const example = exampleRequest(doc, pointerOf("paths", op.path), op, { pathParams: false });
    const values = pathParams(op.path).length === 0 ? {} : resolveFromListings(op.path, listings, {});
    const path = values ? fillPath(op.path, values) : undefined;
    if (!path) {
      calls.push({ operationId: op.operationId, method: op.method.toUpperCase(), path: op.path, status: null, outcome: "skipped", reason: "no listing gave an id for its path parameters" });
      continue;
    }
    const url = new URL(joinUrl(options.baseUrl, path));
    for (const [k, v] of Object.entries(example.params.query)) url.searchParams.set(k, String(v));
    const headers = new Headers({ accept: "application/json" });
    for (const [k, v] of Object.entries(example.params.header)) headers.set(k, String(v));
    try {
      for (const requirement of op.security.slice(0, 1)) await credentials.apply(requirement, headers, url);
      const init: RequestInit = { method: op.method.toUpperCase(), headers };
      if (example.body !== undefined && op.method !== "get") {
        headers.set("content-type", example.contentType ?? "application/json");
        init.body = JSON.stringify(example.body);
      }
      const response = await politeFetch(url, init);
      const contentType = (response.headers.get("content-type") ?? "").split(";")[0]?.trim() ?? "";
      const text = await response.text();
      const body = parseBody(text, contentType);
      const found = compareResponse(doc, validator, op, path, response.status, contentType, body);
      mismatches.push(...found);
      calls.push({ operationId: op.operationId, method: op.method.toUpperCase(), path, status: response.status, outcome: found.length > 0 ? "mismatch" : "ok" });
      if (response.ok) rememberListing(listings, op, path, body, doc);
    } catch (error) {
      calls.push({ operationId: op.operationId, method: op.method.toUpperCase(), path, status: null, outcome: "failed", reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { baseUrl: options.baseUrl, calls, mismatches };
}

function parseBody(text: string, contentType: string): unknown {
  if (!/json/.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Keep a list result's items so detail operations can take ids from them. */
function rememberListing(listings: Map<string, unknown[]>, op: OperationInfo, path: string, body: unknown, doc: Record<string, unknown>): void {
  const envelope = (doc["x-envelope"] ?? {}) as { data?: string };
  const candidates = [op.pagination?.items, envelope.data, ""].filter((p): p is string => p !== undefined);
  for (const pointer of candidates) {
    const value = getAtPointer(body, pointer);
    if (Array.isArray(value)) {
      listings.set(path, value);
      return;
    }
    // Some vendors wrap lists once more ({data: {items: [...]}}); take the first array inside.
    if (value && typeof value === "object") {
      const inner = Object.values(value).find(Array.isArray);
      if (inner) {
        listings.set(path, inner);
        return;
      }
    }
  }
}
