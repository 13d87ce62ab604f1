import { ApiError } from "@vendor-sdks/runtime";

/**
 * An error answer from the Hania API. `message` is the envelope's `error` string and `code` its machine code
 * (e.g. `PLAN_LIMIT_REACHED`, `INSUFFICIENT_BALANCE`, `SERVICE_SUSPENDED` on 402).
 */
export class HaniaApiError extends ApiError {}
