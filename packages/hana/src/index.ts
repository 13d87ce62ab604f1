export { createHanaClient, type HanaClient, type HanaClientOptions } from "./client.js";
export { HanaApiError, HanaPaymentRequiredError } from "./errors.js";
export { complete, type ChatCompletionRequest, type CompleteOptions, type PollBackoff } from "./complete.js";
export { CompletionFailedError, CompletionTimeoutError } from "./completion-errors.js";
export { decideApproval, type ApprovalDecision, type ApprovalPolicy } from "./approval-decision.js";
export { operationTable, type OperationId } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export * from "@vendor-sdks/runtime/caller-api";
