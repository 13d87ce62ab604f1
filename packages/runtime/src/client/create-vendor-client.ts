import type { AuthProvider } from "../auth/auth-provider.js";
import { staticKey } from "../auth/auth-provider.js";
import { apiKeyEnvVar } from "../auth/select-scheme.js";
import { buildApiErrorInit } from "../errors/build-api-error.js";
import { ApiError, type ApiErrorInit } from "../errors/errors.js";
import { readPointer } from "../json-pointer/read-pointer.js";
import { HTTP_METHODS, type OperationInfo, type OperationTable, type SpecInfo } from "../operations/operation-info.js";
import { readRateLimit, reportsRateLimit, type RateLimitState } from "../rate-limit/rate-limit.js";
import { resolveRetry, type RetryOptions } from "../retry/retry-policy.js";
import { clientHeaders } from "../safety/client-headers.js";
import { assertNotBrowser, assertSecureTransport } from "../safety/guards.js";
import { registerClient, type CallInit } from "./client-internals.js";
import type { VendorClient } from "./client-types.js";
import { attachOpenapiFetch, type FetchResult } from "./openapi-fetch-adapter.js";
import { sendWithRetries, settleCall, type CallInFlight, type RequestMeta, type TransportConfig } from "./transport.js";

/** Per-attempt timeout when neither the client nor the call sets one. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/** What a vendor package passes in: generated facts plus its identity. */
export interface VendorDefinition<Ops extends OperationTable = OperationTable, Spec extends SpecInfo = SpecInfo> {
  readonly spec: Spec;
  readonly operationTable: Ops;
  readonly packageName: string;
  readonly packageVersion: string;
  /**
   * Builds the error of a non-2xx answer: the vendor's own `ApiError` subclass (`<Vendor>ApiError`, or a more specific
   * one by status). The runtime's status classes (`NotFoundError`, …) recognise it by its status.
   */
  readonly createError?: (init: ApiErrorInit) => ApiError;
}

export interface VendorClientOptions {
  /** The secret API key. Vendor packages default it from `<VENDOR>_API_KEY` on servers. */
  apiKey?: string;
  /** A credential source (token exchange, refresh on 401); takes precedence over `apiKey`. */
  auth?: AuthProvider;
  /** Defaults to the spec's `servers[0].url`. */
  baseUrl?: string;
  fetch?: typeof globalThis.fetch;
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** Retry count or settings; default 2 retries, 0.5 s doubling to 8 s. `0` disables retries. */
  retries?: number | RetryOptions;
  /** Per-attempt timeout in ms covering headers and body; default 60 000. `0` disables it. Streams are exempt. */
  timeoutMs?: number;
  /**
   * `stream()` fails with a `TimeoutError` when a stream sends no byte for this long (ms), headers included;
   * default 60 000. `0` disables it. A call's own `streamIdleTimeoutMs` wins.
   */
  streamIdleTimeoutMs?: number;
  /** Allow a secret key in a browser-like runtime (it will be visible to every user of the page). */
  dangerouslyAllowBrowser?: boolean;
  /** Allow sending credentials over plain http:// to a host other than this machine. */
  allowInsecureHttp?: boolean;
}

/** Builds a typed client for one vendor from its generated spec facts and operation table. */
export function createVendorClient<Paths extends {}, Ops extends OperationTable = OperationTable, Spec extends SpecInfo = SpecInfo>(
  definition: VendorDefinition<Ops, Spec>,
  options: VendorClientOptions = {},
): VendorClient<Paths, Ops, Spec> {
  const { spec, operationTable, packageName, packageVersion } = definition;
  const apiKey = options.apiKey ?? (options.auth ? undefined : envValue(apiKeyEnvVar(packageName)));
  const auth = options.auth ?? (apiKey ? staticKey(apiKey) : undefined);
  const baseUrl = options.baseUrl ?? spec.defaultBaseUrl;
  if (auth) {
    assertNotBrowser(packageName, options.dangerouslyAllowBrowser);
    assertSecureTransport(new URL(baseUrl), options.allowInsecureHttp);
  }
  const routes = new Map<string, OperationInfo>();
  for (const [operationId, op] of Object.entries(operationTable)) routes.set(`${op.method.toUpperCase()} ${op.path}`, { operationId, ...op });
  const requests = new WeakMap<Response, RequestMeta>();
  let rateLimit: RateLimitState | undefined;

  const transport: TransportConfig = {
    spec,
    packageName,
    // Looked up per call, so a fetch stubbed after the client was made is used.
    fetch: (...args) => (options.fetch ?? fetch)(...args),
    auth,
    retry: resolveRetry(options.retries),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    allowInsecureHttp: options.allowInsecureHttp,
    vettedPrefix: auth ? `${baseUrl.replace(/\/+$/, "")}/` : undefined,
    secrets: new Set(apiKey ? [apiKey] : []),
    observe(response) {
      if (reportsRateLimit(response.headers, spec.rateLimitHeaders)) rateLimit = readRateLimit(response.headers, spec.rateLimitHeaders) ?? rateLimit;
    },
    remember(response, meta) {
      requests.set(response, meta);
    },
  };

  const client: Record<string, unknown> = {
    request: (method: string, path: string, init?: CallInit) => send(method.toUpperCase(), path, init),
    unwrap,
    get rateLimit() {
      return rateLimit;
    },
  };
  const viaOpenapiFetch = attachOpenapiFetch(client, baseUrl, { ...clientHeaders(packageName, packageVersion), ...options.headers });

  function send(method: string, path: string, call: CallInit = {}): Promise<FetchResult> {
    // Read, not destructured with `...rest` (about 1 µs a call): openapi-fetch gets the init as it is, our options
    // included, and they go no further than fetch(), which ignores members it does not know.
    const streaming = call.parseAs === "stream";
    const settings: CallInFlight = {
      operation: routes.get(`${method} ${path}`),
      retries: call.retries,
      timeoutMs: call.timeoutMs,
      signal: call.signal,
      idempotencyKey: call.idempotencyKey,
      streaming,
    };
    const result = viaOpenapiFetch(method, path, call, (request) => sendWithRetries(transport, request, settings));
    // A stream keeps listening to the caller's signal until it is read; anything else ends once its body is parsed,
    // or fails when the returned attempt's time runs out first (`settings.fail`).
    if (streaming) return result;
    return new Promise<FetchResult>((resolve, reject) => {
      const fail = (error: unknown) => reject(settleCall(transport, settings, error));
      settings.fail = fail;
      result.then((done) => {
        settleCall(transport, settings);
        resolve(done);
      }, fail);
    });
  }

  function toApiError(result: FetchResult): ApiError {
    const meta = requests.get(result.response);
    const init = buildApiErrorInit(
      spec,
      {
        response: result.response,
        body: result.error,
        method: meta?.method ?? "",
        url: meta?.url ?? result.response.url,
        operationId: meta?.operation?.operationId,
      },
      [...transport.secrets],
    );
    return definition.createError?.(init) ?? new ApiError(init);
  }

  async function unwrap(pending: Promise<FetchResult>): Promise<unknown> {
    const result = await pending;
    if (!result.response.ok) throw toApiError(result);
    return readPointer(result.data, spec.envelope?.data ?? ""); // "" points at the whole body
  }

  for (const method of HTTP_METHODS.map((m) => m.toUpperCase())) client[method] = (path: string, init?: CallInit) => send(method, path, init);
  registerClient(client, { routes, options, secrets: transport.secrets, send, toApiError });
  return client as unknown as VendorClient<Paths, Ops, Spec>;
}

/** `process.env[name]` where the runtime has a `process` (not in browsers or most edge runtimes). */
export function envValue(name: string): string | undefined {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  return env?.[name] || undefined;
}
