import { ApiError } from "./errors.js";

// The runtime builds each vendor's own ApiError subclass (`<Vendor>ApiError`). These classes are recognised by
// status (`Symbol.hasInstance`), so one error is `instanceof` its status class, `ApiError` and its vendor's class at
// once, without a class per vendor and status. They are never on the call path: a bundle only carries the ones it
// imports. The names are those of Stainless-generated SDKs.

function hasStatus(value: unknown, min: number, max = min): value is ApiError {
  return value instanceof ApiError && value.status >= min && value.status <= max;
}

/** 400: any {@link ApiError} with this status is an instance. */
export class BadRequestError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 400);
  }
}

/** 401: any {@link ApiError} with this status is an instance. */
export class AuthenticationError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 401);
  }
}

/** 403: any {@link ApiError} with this status is an instance. */
export class PermissionDeniedError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 403);
  }
}

/** 404: any {@link ApiError} with this status is an instance. */
export class NotFoundError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 404);
  }
}

/** 409: any {@link ApiError} with this status is an instance. */
export class ConflictError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 409);
  }
}

/** 422: any {@link ApiError} with this status is an instance. */
export class UnprocessableEntityError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 422);
  }
}

/** 429: any {@link ApiError} with this status is an instance. */
export class RateLimitError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 429);
  }
}

/** 500–599: any {@link ApiError} with such a status is an instance. */
export class InternalServerError extends ApiError {
  static override [Symbol.hasInstance](value: unknown): value is ApiError {
    return hasStatus(value, 500, 599);
  }
}
