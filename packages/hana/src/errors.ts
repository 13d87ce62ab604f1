import { ApiError, type ApiErrorInit } from "@vendor-sdks/runtime";

/**
 * An HTTP error from the Hana API. The docs publish no error body, so `body` is whatever the server sent. By status
 * it is also an instance of the runtime's classes (`AuthenticationError` for an invalid key or missing OAuth consent,
 * `NotFoundError`, `RateLimitError`, …).
 */
export class HanaApiError extends ApiError {}

/** 402: the organization's seats do not match its billing, or the plan's monthly interaction limit is reached. */
export class HanaPaymentRequiredError extends HanaApiError {}

/** Picks the error class for a failed response; the runtime calls it for every non-2xx answer. */
export function createHanaError(init: ApiErrorInit): HanaApiError {
  return init.status === 402 ? new HanaPaymentRequiredError(init) : new HanaApiError(init);
}
