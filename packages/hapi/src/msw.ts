import { createVendorHandlers, type VendorHandlersOptions } from "@vendor-sdks/mock-engine/msw";
import type { HttpHandler } from "msw";
import { mockDocument } from "./generated/mock-document.js";
import type { operations } from "./generated/schema.js";

export type { MockScenario, Override, OverrideAnswer } from "@vendor-sdks/mock-engine/msw";

/** `baseUrl`, `state`, a default `scenario` and `overrides` typed by operationId from the Hapi spec. */
export type HapiHandlersOptions = VendorHandlersOptions<operations>;

/**
 * MSW handlers for every Hapi operation at the client's default base URL, answered by the same engine as
 * `pnpm mock`: documented examples, request validation, `Prefer` scenarios, state per credential, event streams.
 * Each call makes its own engine, so its state starts from the documented examples.
 */
export function createHandlers(options: HapiHandlersOptions = {}): HttpHandler[] {
  return createVendorHandlers<operations>(mockDocument, options);
}

/** `createHandlers()` with the defaults: documented examples, state on. */
export const handlers: HttpHandler[] = createHandlers();
