import { applyCredential } from "../auth/apply-credential.js";
import type { AuthContext, AuthProvider } from "../auth/auth-provider.js";
import { apiKeyEnvVar, selectScheme } from "../auth/select-scheme.js";
import { AbortError, ConnectionError, TimeoutError, VendorSdkError } from "../errors/errors.js";
import { redactUrl } from "../errors/redact.js";
import type { OperationInfo, SpecInfo } from "../operations/operation-info.js";
import { retryDelay } from "../retry/backoff.js";
import { isRetryableStatus, mayReplay, resolveRetry, type ResolvedRetryOptions, type RetryOptions } from "../retry/retry-policy.js";
import { sleep } from "../retry/sleep.js";
import { assertSecureTransport } from "../safety/guards.js";
import { AttemptDeadline } from "./attempt-deadline.js";
import { dispatch, replayableRequest, spareCopy, type OutgoingRequest } from "./request-draft.js";

/** Options a single call may add to its openapi-fetch init. */
export interface CallOptions {
  /** Overrides the client's retry settings for this call (`0` = no retries). */
  retries?: number | RetryOptions;
  /** Overrides the client's per-attempt timeout for this call. */
  timeoutMs?: number;
  /** Cancels the call, its retries and its backoff waits at once (fetch() gets it as it is). */
  signal?: AbortSignal;
  /** Sent as `Idempotency-Key`; makes a non-idempotent call (POST, PATCH) eligible for retries. */
  idempotencyKey?: string;
}

/** What the transport remembers about the request behind a response, for building errors later. */
export interface RequestMeta {
  readonly operation: OperationInfo | undefined;
  readonly method: string;
  readonly url: string;
}

export interface TransportConfig {
  readonly spec: SpecInfo;
  readonly packageName: string;
  readonly fetch: typeof globalThis.fetch;
  readonly auth: AuthProvider | undefined;
  /** The client's retry settings, defaults filled in. */
  readonly retry: ResolvedRetryOptions;
  readonly timeoutMs: number;
  readonly allowInsecureHttp: boolean | undefined;
  /** URLs starting with this (the base URL the client already vetted, plus `/`) skip the plain-http check. */
  readonly vettedPrefix: string | undefined;
  /** Credentials sent so far; errors scrub them from everything they show. */
  readonly secrets: Set<string>;
  /** Sees every HTTP response (retried ones too), e.g. to track rate limits. */
  readonly observe: (response: Response) => void;
  /** Records which request produced the response a call returns. */
  readonly remember: (response: Response, meta: RequestMeta) => void;
}

export interface CallInFlight extends CallOptions {
  readonly operation: OperationInfo | undefined;
  /** Streaming responses are returned unread and exempt from the timeout. */
  readonly streaming: boolean;
  /** The attempt whose response the call returns; its timer runs on until the caller has read the body. */
  returned?: { readonly deadline: AttemptDeadline; readonly meta: RequestMeta };
  /** Fails the call while its body is being read (set by the caller of `sendWithRetries`). */
  fail?: (reason: unknown) => void;
}

/**
 * Sends one logical call: authenticates each attempt, enforces the per-attempt timeout over headers and body,
 * retries transient failures with backoff when replaying is safe, and turns failures into SDK errors.
 */
export async function sendWithRetries(config: TransportConfig, request: OutgoingRequest, call: CallInFlight): Promise<Response> {
  const { spec, auth } = config;
  const schemeName = selectScheme(spec, call.operation);
  const scheme = schemeName === null ? undefined : spec.securitySchemes[schemeName];
  const authCtx: AuthContext | undefined = scheme && schemeName ? { operation: call.operation, schemeName, scheme } : undefined;
  if (authCtx && !auth) {
    const what = call.operation ? `${call.operation.operationId} (${request.method} ${call.operation.path})` : `${request.method} ${request.url}`;
    throw new VendorSdkError(`${what} needs an API key: pass { apiKey } to the client or set ${apiKeyEnvVar(config.packageName)}.`);
  }
  const retry = call.retries === undefined ? config.retry : resolveRetry(config.retry, call.retries);
  const replayable = mayReplay(request.method, () => Boolean(call.idempotencyKey) || request.headers.has("idempotency-key"));
  const meta: RequestMeta = { operation: call.operation, method: request.method, url: request.url };
  const timeoutMs = attemptTimeout(config, call);
  let refreshed = false;

  // `current` is a request whose body is still unsent; each attempt sends it and keeps a fresh copy for the next.
  let current = replayableRequest(request);
  for (let attempt = 0; ; attempt++) {
    if (call.signal?.aborted) throw abortError(call.signal);
    let url = current.url;
    if (call.idempotencyKey) current.headers.set("Idempotency-Key", call.idempotencyKey);
    if (authCtx && auth) {
      const given = auth.getCredential(authCtx);
      const credential = typeof given === "string" ? given : await given; // a fixed key costs no extra tick
      config.secrets.add(credential);
      if (!config.vettedPrefix || !url.startsWith(config.vettedPrefix)) assertSecureTransport(new URL(url), config.allowInsecureHttp);
      url = applyCredential(current.headers, url, authCtx.scheme, credential);
    }
    const deadline = new AttemptDeadline(timeoutMs);
    const mayResend = (replayable && attempt < retry.maxRetries) || (Boolean(authCtx && auth?.onUnauthorized) && !refreshed);
    // Every attempt sends its own copy of the body (streams and FormData included).
    const spare = mayResend ? spareCopy(current) : current;
    let response: Response;
    let pending: Promise<Response> | undefined;
    try {
      pending = dispatch(config.fetch, current, url, call.signal);
      response = await deadline.race(pending);
      config.observe(response);
    } catch (error) {
      deadline.release();
      // A timed-out request is abandoned, not aborted (see AttemptDeadline): free its connection once it answers.
      if (deadline.timedOut) pending?.then(discard, () => {});
      const failure = classify(error, deadline, call, meta, config.secrets, timeoutMs);
      if (failure instanceof AbortError || !replayable || attempt >= retry.maxRetries) throw failure;
      await pause(retryDelay(attempt, undefined, retry), call.signal);
      current = spare;
      continue;
    }
    current = spare;
    if (response.status === 401 && authCtx && auth?.onUnauthorized && !refreshed) {
      refreshed = true;
      if (await auth.onUnauthorized(authCtx)) {
        deadline.release();
        discard(response);
        attempt--; // a refreshed credential is not a retry
        continue;
      }
    }
    if (replayable && attempt < retry.maxRetries && isRetryableStatus(response.status)) {
      deadline.release();
      discard(response);
      await pause(retryDelay(attempt, response.headers, retry), call.signal);
      continue;
    }
    call.returned = { deadline, meta };
    if (call.fail) deadline.expire = call.fail;
    if (!response.ok) config.remember(response, meta); // only error responses need their request later
    return response;
  }
}

/**
 * Ends a call once its body has been read (or failed to be): stops the returned attempt's timer and turns a body
 * read cut short by the timeout, the caller's signal or the network into the matching SDK error.
 */
export function settleCall(config: Pick<TransportConfig, "secrets" | "timeoutMs">, call: CallInFlight, error?: unknown): unknown {
  const returned = call.returned;
  returned?.deadline.release();
  if (!returned || error === undefined) return error;
  const interrupted = call.signal?.aborted || returned.deadline.timedOut || error instanceof TypeError;
  return interrupted ? classify(error, returned.deadline, call, returned.meta, config.secrets, attemptTimeout(config, call)) : error;
}

function discard(response: Response): void {
  response.body?.cancel().catch(() => {});
}

async function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(ms, signal);
  } catch {
    throw abortError(signal);
  }
}

function abortError(signal: AbortSignal | undefined): AbortError {
  return new AbortError("The request was aborted by the caller.", { cause: signal?.reason });
}

function classify(
  error: unknown,
  deadline: AttemptDeadline,
  call: CallInFlight,
  meta: RequestMeta,
  secrets: Set<string>,
  timeoutMs: number | undefined,
): VendorSdkError {
  if (call.signal?.aborted) return abortError(call.signal);
  const where = `${meta.method} ${redactUrl(meta.url, [...secrets])}`;
  if (deadline.timedOut) return new TimeoutError(`${where} timed out after ${timeoutMs} ms.`);
  if (error instanceof VendorSdkError) return error;
  const cause = (error as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === "string" ? ` (${cause.code})` : "";
  return new ConnectionError(`${where} failed: could not reach the API${code}.`, { cause: error });
}

/** The per-attempt timeout of a call; streams have none. */
export function attemptTimeout(config: Pick<TransportConfig, "timeoutMs">, call: Pick<CallInFlight, "streaming" | "timeoutMs">): number | undefined {
  return call.streaming ? undefined : (call.timeoutMs ?? config.timeoutMs);
}
