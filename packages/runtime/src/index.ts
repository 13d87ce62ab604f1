// What a caller of a vendor client uses: the errors, the helpers that take a client, the option and result types.
// What vendor packages and repo tooling need besides (the client factory, spec-table types, small helpers) is in
// `@vendor-sdks/runtime/internal`.
export * from "./caller-api.js";
export type { VendorClientOptions } from "./client/create-vendor-client.js";
export type { VendorClient, TypedClient, Unwrapped, SuccessBody, PaginatedPath, PageOf, ItemOf, StreamPath, StreamEvent } from "./client/client-types.js";
export type { AuthContext } from "./auth/auth-provider.js";
export type { ApiErrorInit } from "./errors/errors.js";
export type { OperationTable, SpecInfo } from "./operations/operation-info.js";
export type { SseEvent } from "./sse/sse-event.js";
