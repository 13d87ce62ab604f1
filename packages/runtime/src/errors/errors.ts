import type { RateLimitState } from "../rate-limit/rate-limit.js";

/** Base class of every error the SDK throws. */
export class VendorSdkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Everything known about a failed HTTP exchange; secrets are already removed by the runtime. */
export interface ApiErrorInit {
  readonly status: number;
  /** The parsed body (JSON when it parses, else the text). */
  readonly body: unknown;
  /** The vendor's human-readable message, from the spec's `x-envelope.error` pointer or the body text. */
  readonly message: string;
  /** The vendor's machine error code, from the spec's `x-envelope.code` pointer. */
  readonly code: string | undefined;
  readonly headers: Headers;
  readonly requestId: string | undefined;
  readonly rateLimit: RateLimitState | undefined;
  readonly operationId: string | undefined;
  readonly method: string;
  /** Request URL with secret query parameters redacted. */
  readonly url: string;
}

/** The fields of an {@link ApiError}: those of its init, with `message` the composed one of `Error`. */
export interface ApiError extends Readonly<Omit<ApiErrorInit, "message">> {}

/** The API answered with a non-2xx status. */
export class ApiError extends VendorSdkError {
  constructor(init: ApiErrorInit) {
    const { message, ...fields } = init;
    super(`${init.status} ${message}${init.code ? ` [${init.code}]` : ""} (${init.method} ${init.url})`);
    Object.assign(this, fields);
  }

  /** Every field but `headers` (which JSON cannot show) and the stack. */
  toJSON(): Record<string, unknown> {
    const { headers: _headers, stack: _stack, ...fields } = this;
    return { ...fields, name: this.name, message: this.message };
  }
}

/** The request never got an HTTP answer (DNS, refused connection, reset socket). */
export class ConnectionError extends VendorSdkError {}

/** An attempt exceeded its timeout (headers and body included) and no retries were left. */
export class TimeoutError extends VendorSdkError {}

/** The caller's AbortSignal fired. Never retried. */
export class AbortError extends VendorSdkError {}
