/**
 * What a vendor package re-exports for the code that calls it: the errors it throws, the helpers that take a client,
 * and the option types. One list, so every vendor package offers the same surface (`export *` from here).
 */
export { AbortError, ApiError, ConnectionError, TimeoutError, VendorSdkError } from "./errors/errors.js";
export {
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "./errors/status-errors.js";
export { StreamEventError, StreamIncompleteError } from "./errors/stream-errors.js";
export { paginate, pages } from "./pagination/paginate.js";
export { stream } from "./sse/stream.js";
export type { AuthProvider } from "./auth/auth-provider.js";
export type { CallOptions } from "./client/transport.js";
export type { StreamOptions } from "./sse/stream-options.js";
export type { RateLimitState } from "./rate-limit/rate-limit.js";
export type { RetryOptions } from "./retry/retry-policy.js";
