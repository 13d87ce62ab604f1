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
export type { VendorClient, TypedClient, Unwrapped, SuccessBody, PaginatedPath, PageOf, ItemOf, StreamPath, StreamEvent } from "./client/client-types.js";
export * from "./caller-api.js";
export type { AuthContext } from "./auth/auth-provider.js";
export type { ApiErrorInit } from "./errors/errors.js";
export { DEFAULT_RETRY, isRetryableStatus } from "./retry/retry-policy.js";
export { sleep } from "./retry/sleep.js";
export { parseSse, type ParseSseOptions } from "./sse/parse-sse.js";
export { DEFAULT_STREAM_IDLE_TIMEOUT_MS } from "./sse/stream-options.js";
export type { SseMessage } from "./sse/sse-line-parser.js";
export type { SseEvent } from "./sse/sse-event.js";
export { readPointer, type PointerValue } from "./json-pointer/read-pointer.js";
