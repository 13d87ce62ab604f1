// For vendor packages and repo tooling, not for callers (no compatibility promise beyond the runtime's own version):
// the client factory, the generated tables' types and the small helpers vendor flows are built from.
export { HTTP_METHODS } from "./operations/operation-info.js";
export type {
  EnvelopeInfo,
  HttpMethod,
  OperationEntry,
  OperationInfo,
  OperationTable,
  PaginationInfo,
  SecuritySchemeInfo,
  SpecInfo,
  StreamEventRoles,
} from "./operations/operation-info.js";
export { createVendorClient, envValue, DEFAULT_TIMEOUT_MS, type VendorClientOptions, type VendorDefinition } from "./client/create-vendor-client.js";
export { DEFAULT_RETRY, isRetryableStatus } from "./retry/retry-policy.js";
export { sleep } from "./retry/sleep.js";
export { parseSse, type ParseSseOptions } from "./sse/parse-sse.js";
export { DEFAULT_STREAM_IDLE_TIMEOUT_MS } from "./sse/stream-options.js";
export type { SseMessage } from "./sse/sse-line-parser.js";
export { readPointer, type PointerValue } from "./json-pointer/read-pointer.js";
// What repo tooling (the spec kit, the test kit, the `vs` CLI) reuses so that no rule exists twice: the env variable
// a client reads its key from, how a credential is applied, rate-limit and Retry-After reading, and the SSE parser.
export { apiKeyEnvVar } from "./auth/select-scheme.js";
export { applyCredential } from "./auth/apply-credential.js";
export { readRateLimit } from "./rate-limit/rate-limit.js";
export { retryAfterMs } from "./retry/backoff.js";
export { SseLineParser } from "./sse/sse-line-parser.js";
export { toSseEvent } from "./sse/sse-event.js";
