export { createHanaClient, type HanaClient, type HanaClientOptions } from "./client.js";
export { complete, type ChatCompletionRequest, type CompleteOptions, type CompletionCalls, type PollBackoff } from "./complete.js";
export { CompletionFailedError, CompletionTimeoutError } from "./completion-errors.js";
export { HanaApiError, HanaPaymentRequiredError, HanaUnauthorizedError } from "./errors.js";
export { decideApproval, type ApprovalDecision, type ApprovalPolicy } from "./approval-decision.js";
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
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export { operations } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
