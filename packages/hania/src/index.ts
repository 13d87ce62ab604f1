export { createHaniaClient, type HaniaClient, type HaniaClientOptions } from "./client.js";
export { HaniaApiError } from "./errors.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { components, paths } from "./generated/schema.js";
export {
  AbortError,
  ApiError,
  ConnectionError,
  TimeoutError,
  VendorSdkError,
  paginate,
  pages,
  stream,
  type AuthProvider,
  type CallOptions,
  type RateLimitState,
  type RetryOptions,
} from "@vendor-sdks/runtime";
