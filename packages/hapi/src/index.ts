export { createHapiClient, type HapiClient, type HapiClientOptions } from "./client.js";
export { HapiApiError, MessageHistoryChangedError } from "./errors.js";
export { classifyErrorBody, type HapiErrorBody, type ValidationIssues } from "./error-body.js";
export type { EventStreamFrame, HapiEvent, HapiEventsOptions, SyncEvent } from "./events.js";
export type { DecryptedMessage, MessageCursor, MessagePagesOptions, MessagesQuery, MessagesResponse } from "./message-pages.js";
export { readJwtExpiry } from "./jwt-expiry.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { components, paths } from "./generated/schema.js";
export {
  AbortError,
  ApiError,
  ConnectionError,
  TimeoutError,
  VendorSdkError,
  StreamEventError,
  StreamIncompleteError,
  paginate,
  pages,
  stream,
  // No AuthProvider: HAPI's options take an access token, never `auth`.
  type CallOptions,
  type StreamOptions,
  type RateLimitState,
  type RetryOptions,
} from "@vendor-sdks/runtime";
