export { createHanaClient, type HanaClient, type HanaClientOptions } from "./client.js";
export { complete, type ChatCompletionRequest, type CompleteOptions, type CompletionCalls, type PollBackoff } from "./complete.js";
export { CompletionFailedError, CompletionTimeoutError } from "./completion-errors.js";
export { HanaApiError, HanaPaymentRequiredError, HanaUnauthorizedError } from "./errors.js";
export { decideApproval, type ApprovalDecision, type ApprovalPolicy } from "./approval-decision.js";
export * from "@vendor-sdks/runtime/caller-api";
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export { operations } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
