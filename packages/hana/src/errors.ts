import { ApiError, type ApiErrorInit } from "@vendor-sdks/runtime";

/** An HTTP error from the Hana API. The docs publish no error body, so `body` is whatever the server sent. */
export class HanaApiError extends ApiError {}

/**
 * 401: the API key is invalid (e.g. the "Hana API" connector was disconnected), or its owner has not given OAuth
 * consent, or the owner's OAuth scopes are expired or incomplete.
 */
export class HanaUnauthorizedError extends HanaApiError {}

/** 402: the organization's seats do not match its billing, or the plan's monthly interaction limit is reached. */
export class HanaPaymentRequiredError extends HanaApiError {}

/** Picks the error class for a failed response; the runtime calls it for every non-2xx answer. */
export function createHanaError(init: ApiErrorInit): ApiError {
  if (init.status === 401) return new HanaUnauthorizedError(init);
  if (init.status === 402) return new HanaPaymentRequiredError(init);
  return new HanaApiError(init);
}
