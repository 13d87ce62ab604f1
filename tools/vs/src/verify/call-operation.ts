import { isJsonMediaType, mediaTypeOf } from "@vendor-sdks/spec-kit/spec/media-type";
import type { buildSpecInfo } from "@vendor-sdks/spec-kit/operations/spec-info";
import { getAtPointer } from "@vendor-sdks/spec-kit/spec/json-pointer";
import type { SpecValidator } from "@vendor-sdks/spec-kit/validation/spec-validator";
import { collectSchemaMismatches, compareResponse, documentedResponse, mismatchBase, type Mismatch } from "./compare-response.ts";
import { joinUrl, MissingSecretError, TokenExchangeError, type Credentials } from "./credentials.ts";
import { vendorFailure } from "./failure-envelope.ts";
import type { PlannedCall } from "./request-plan.ts";
import { eventSchemaPointer, readStreamWindow, type StreamSample, type StreamWindow } from "./stream-window.ts";

/** One call the drift check made, and what came of it. */
export interface CallRecord {
  readonly operationId: string;
  readonly method: string;
  /** The concrete request path. */
  readonly path: string;
  /** The HTTP status that decided the outcome (the token exchange's when that failed); null when nothing answered. */
  readonly status: number | null;
  readonly outcome: "ok" | "mismatch" | "failed";
  /** Why a call failed: nothing answered, an error status, a 2xx that is the vendor's failure envelope, no secret. */
  readonly failure?: "no-answer" | "http-status" | "vendor-failure-envelope" | "credentials";
  readonly reason?: string;
  /** For a stream: how many events were read and checked. */
  readonly events?: number;
}

export interface CallResult {
  readonly record: CallRecord;
  readonly mismatches: readonly Mismatch[];
  /** The parsed body of a successful JSON answer (for listings). */
  readonly body?: unknown;
}

export interface CallContext {
  readonly doc: Record<string, unknown>;
  readonly validator: SpecValidator;
  readonly envelope: ReturnType<typeof buildSpecInfo>["envelope"];
  readonly baseUrl: string;
  readonly credentials: Credentials;
  /** Polite and headers-timed. */
  readonly fetch: typeof fetch;
  /** Longest wait for a non-stream body, in ms. */
  readonly bodyTimeoutMs: number;
  readonly streamWindow: StreamWindow;
}

const STREAM = "text/event-stream";

/** Make one planned call on a concrete path and compare what came back with the spec. */
export async function callOperation(ctx: CallContext, { op, example }: PlannedCall, path: string): Promise<CallResult> {
  const who = { operationId: op.operationId, method: op.method.toUpperCase(), path };
  const failed = (failure: NonNullable<CallRecord["failure"]>, reason: string, status: number | null = null): CallResult => ({
    record: { ...who, status, outcome: "failed", failure, reason },
    mismatches: [],
  });

  const url = new URL(joinUrl(ctx.baseUrl, path));
  for (const [k, v] of Object.entries(example.params.query)) url.searchParams.set(k, String(v));
  const headers = new Headers({ accept: op.streaming ? STREAM : "application/json" });
  for (const [k, v] of Object.entries(example.params.header)) headers.set(k, String(v));
  const init: RequestInit = { method: op.method.toUpperCase(), headers };
  if (example.body !== undefined && op.method !== "get") {
    headers.set("content-type", example.contentType ?? "application/json");
    init.body = JSON.stringify(example.body);
  }
  try {
    for (const requirement of op.security.slice(0, 1)) await ctx.credentials.apply(requirement, headers, url);
  } catch (error) {
    if (error instanceof MissingSecretError) return failed("credentials", error.message);
    if (error instanceof TokenExchangeError) return failed("http-status", error.message, error.status);
    return failed("no-answer", describeError(error));
  }

  const bodyDeadline = new AbortController();
  let response: Response;
  try {
    response = await ctx.fetch(url, { ...init, signal: bodyDeadline.signal });
  } catch (error) {
    return failed("no-answer", describeError(error));
  }
  const { status } = response;
  const contentType = mediaTypeOf(response.headers.get("content-type"));

  if (contentType === STREAM && response.ok && response.body) {
    return checkStream(ctx, { op, example }, path, response, contentType, who);
  }
  let parsed: unknown;
  const timer = setTimeout(() => bodyDeadline.abort(), ctx.bodyTimeoutMs);
  try {
    parsed = parseBody(await response.text(), contentType);
  } catch (error) {
    return failed("no-answer", bodyDeadline.signal.aborted ? `HTTP ${status}, but the body did not arrive within ${ctx.bodyTimeoutMs / 1000} s` : describeError(error), status);
  } finally {
    clearTimeout(timer);
  }
  const mismatches = compareResponse(ctx.doc, ctx.validator, op, path, status, contentType, parsed);
  if (!response.ok) {
    const message = ctx.envelope?.error ? getAtPointer(parsed, ctx.envelope.error) : undefined;
    const detail = typeof message === "string" ? `: ${JSON.stringify(message)}` : contentType && !isJsonMediaType(contentType) ? ` (${contentType})` : "";
    return { ...failed("http-status", `HTTP ${status}${detail}`, status), mismatches };
  }
  const failure = vendorFailure(ctx.envelope, parsed);
  // The failure body says nothing about the success shape, so it is not compared with it.
  if (failure) return failed("vendor-failure-envelope", failure, status);
  return { record: { ...who, status, outcome: mismatches.length > 0 ? "mismatch" : "ok" }, mismatches, body: parsed };
}

/** Read a bounded window of a stream and check each event against the spec's event schema. */
async function checkStream(ctx: CallContext, { op }: PlannedCall, path: string, response: Response, contentType: string, who: Pick<CallRecord, "operationId" | "method" | "path">): Promise<CallResult> {
  const { status } = response;
  const documented = documentedResponse(ctx.doc, op, path, status, contentType);
  if ("mismatch" in documented) {
    await response.body?.cancel();
    return { record: { ...who, status, outcome: "mismatch" }, mismatches: [documented.mismatch] };
  }
  let sample: StreamSample;
  try {
    sample = await readStreamWindow(response.body as ReadableStream<Uint8Array>, ctx.streamWindow);
  } catch (error) {
    return { record: { ...who, status, outcome: "failed", failure: "no-answer", reason: `the stream broke: ${describeError(error)}` }, mismatches: [] };
  }
  const grouped = new Map<string, Mismatch>();
  if (documented.schemaPointer !== undefined) {
    const schema = eventSchemaPointer(ctx.doc, documented.schemaPointer);
    sample.events.forEach((event, index) => {
      collectSchemaMismatches(ctx.validator, schema, event, { ...mismatchBase(op, path, status), event: { index, name: event.event } }, grouped);
    });
  }
  const mismatches = [...grouped.values()];
  const stopped = { "max-events": `stopped after ${ctx.streamWindow.maxEvents} events`, "max-time": `stopped after ${ctx.streamWindow.maxMs / 1000} s`, server: "the server closed the stream" }[sample.endedBy];
  return {
    record: { ...who, status, outcome: mismatches.length > 0 ? "mismatch" : "ok", events: sample.events.length, reason: `${sample.events.length} event(s) read (${stopped})` },
    mismatches,
  };
}

function parseBody(text: string, contentType: string): unknown {
  if (!isJsonMediaType(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** fetch's own message hides the cause ("fetch failed"); the cause says what happened (ECONNREFUSED, a timeout). */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { message?: string; code?: string } | undefined;
  const detail = cause?.message || cause?.code;
  return detail && !error.message.includes(detail) ? `${error.message}: ${detail}` : error.message;
}
