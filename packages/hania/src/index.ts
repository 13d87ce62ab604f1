export { createHaniaClient, type HaniaClient, type HaniaClientOptions } from "./client.js";
export { HaniaApiError } from "./errors.js";
export { operationTable, type OperationId } from "./generated/operations.js";
export { specInfo } from "./generated/spec-info.js";
export type { components, operations as operationTypes, paths } from "./generated/schema.js";
export * from "@vendor-sdks/runtime/caller-api";
