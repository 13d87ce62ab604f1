import type { ToolingOperation as OperationInfo } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { callOperation, type CallContext, type CallRecord } from "./call-operation.ts";
import type { Mismatch } from "./compare-response.ts";
import { createCredentials } from "./credentials.ts";
import { diagnose, everyCallAnswered404 } from "./diagnose.ts";
import { createPoliteFetch } from "./polite-fetch.ts";
import { fillPath, notExercisedEntry, pathParams, planOperations, resolveFromListings, type NotExercised } from "./request-plan.ts";
import { DEFAULT_STREAM_WINDOW, type StreamWindow } from "./stream-window.ts";
import { createTimedFetch } from "./timed-fetch.ts";

export type { CallRecord } from "./call-operation.ts";

export interface VerifyOptions {
  readonly doc: Record<string, unknown>;
  readonly baseUrl: string;
  readonly secret?: string;
  /** Where the secret comes from (e.g. `HANIA_API_KEY`), named in credential hints. */
  readonly secretName?: string;
  readonly allowWrites?: readonly string[];
  readonly fetch?: typeof fetch;
  readonly log?: (line: string) => void;
  /** Waits (rate limits) go through this; tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** How much of each stream is read (default 20 events or 5 s, whichever comes first). */
  readonly streamWindow?: Partial<StreamWindow>;
  /** Longest wait for a response's headers, and for a non-stream body, in ms (default 30 000). */
  readonly requestTimeoutMs?: number;
}

export interface VerifyReport {
  readonly baseUrl: string;
  /** Every call made, in order. */
  readonly calls: readonly CallRecord[];
  readonly mismatches: readonly Mismatch[];
  /** Every operation not called, with the reason. */
  readonly notExercised: readonly NotExercised[];
  /** What to fix when every call failed the same way (wrong base URL, credentials, nothing listening). */
  readonly diagnosis?: string;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/**
 * Replay the spec's safe requests against a live API and report every difference between what came back and
 * what the spec says. Writes happen only for operationIds the caller allowed.
 */
export async function runVerify(options: VerifyOptions): Promise<VerifyReport> {
  const { doc } = options;
  const specInfo = buildSpecInfo(doc);
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  const politeFetch = createPoliteFetch({
    fetch: createTimedFetch(options.fetch ?? fetch, timeoutMs),
    log: options.log,
    sleep: options.sleep,
    rateLimitHeaders: specInfo.rateLimitHeaders,
  });
  const table = Object.values(buildOperationTable(doc));
  const plan = planOperations(doc, table, options.allowWrites ?? []);
  const ctx: CallContext = {
    doc,
    validator: new SpecValidator(doc),
    envelope: specInfo.envelope,
    baseUrl: options.baseUrl,
    // The token exchange reads its whole answer at once: one deadline covers its headers and body.
    credentials: createCredentials(doc, options.secret, options.baseUrl, (input, init) => politeFetch(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })),
    fetch: politeFetch,
    bodyTimeoutMs: timeoutMs,
    streamWindow: { ...DEFAULT_STREAM_WINDOW, ...options.streamWindow },
  };
  const listings = new Map<string, unknown[]>();
  const calls: CallRecord[] = [];
  const mismatches: Mismatch[] = [];
  const notExercised: NotExercised[] = [...plan.notExercised];

  for (const planned of plan.planned) {
    const { op } = planned;
    const resolution = pathParams(op.path).length === 0 ? { values: {} } : resolveFromListings(op.path, listings);
    if ("missing" in resolution) {
      notExercised.push(notExercisedEntry(op, "dependency", dependencyReason(resolution.missing, table, calls, notExercised)));
      continue;
    }
    const path = fillPath(op.path, resolution.values);
    options.log?.(`${op.method.toUpperCase()} ${path}`);
    const result = await callOperation(ctx, planned, path);
    calls.push(result.record);
    mismatches.push(...result.mismatches);
    if (result.record.outcome !== "failed") rememberListing(listings, op, path, result.body, specInfo.envelope?.data);
  }
  const diagnosis = diagnose(calls, { baseUrl: options.baseUrl, specBaseUrl: specInfo.defaultBaseUrl, secretName: options.secretName });
  return {
    baseUrl: options.baseUrl,
    calls,
    // Every answer came from some other server: its bodies say nothing about the vendor's API.
    mismatches: everyCallAnswered404(calls) ? [] : mismatches,
    notExercised,
    ...(diagnosis ? { diagnosis } : {}),
  };
}

/** Why a detail operation was not called: which listing should have given its id, and what became of that listing. */
function dependencyReason(missing: { param: string; listPath: string }, table: readonly OperationInfo[], calls: readonly CallRecord[], notExercised: readonly NotExercised[]): string {
  const lister = table.find((o) => o.method === "get" && o.path === missing.listPath);
  const needs = `skipped by dependency: {${missing.param}} comes from`;
  if (!lister) return `${needs} GET ${missing.listPath || "/"}, which the spec does not have`;
  const name = `GET ${lister.path} (${lister.operationId})`;
  const call = calls.find((c) => c.operationId === lister.operationId);
  if (call?.outcome === "failed") return `${needs} ${name}, which failed`;
  if (call) return `${needs} ${name}, which listed no item with an id`;
  if (notExercised.some((n) => n.operationId === lister.operationId)) return `${needs} ${name}, which was not exercised`;
  return `${needs} ${name}, which was not called`;
}

/** Keep a list result's items so detail operations can take ids from them. */
function rememberListing(listings: Map<string, unknown[]>, op: OperationInfo, path: string, body: unknown, envelopeData: string | undefined): void {
  const candidates = [op.pagination?.items, envelopeData, ""].filter((p): p is string => p !== undefined);
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
