export { createHaniaClient, type HaniaClient, type HaniaClientOptions } from "./client.js";
export { HaniaApiError } from "./errors.js";
export { operations, type OperationId } from "./generated/operations.js";
export type { components, paths } from "./generated/schema.js";
export * from "@vendor-sdks/runtime/caller-api";
