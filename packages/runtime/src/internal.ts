// For vendor packages and repo tooling, not for callers (no compatibility promise beyond the runtime's own version):
// the client factory, the generated tables' types and the small helpers vendor flows are built from.
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
