import { ApiError } from "@vendor-sdks/runtime";

/**
 * An error answer from the Hyponema API. By status it is also an instance of the runtime's classes
 * (`AuthenticationError`, `NotFoundError`, `RateLimitError`, …); a 402 is the more specific `QuotaExceededError`.
 */
export class HyponemaApiError extends ApiError {}
