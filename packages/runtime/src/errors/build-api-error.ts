import { readPointer } from "../json-pointer/read-pointer.js";
import type { SpecInfo } from "../operations/operation-info.js";
import { readRateLimit } from "../rate-limit/rate-limit.js";
import type { ApiErrorInit } from "./errors.js";
import { redactHeaders, redactUrl, redactValue } from "./redact.js";

const REQUEST_ID_HEADERS = ["x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "x-trace-id"];
const MAX_TEXT_MESSAGE = 500;

export interface FailedExchange {
  readonly response: Response;
  /** What openapi-fetch parsed: JSON when the body was JSON, else the raw text, or undefined when empty. */
  readonly body: unknown;
  readonly method: string;
  readonly url: string;
  readonly operationId: string | undefined;
}

/** Everything an ApiError carries, read through the spec's envelope pointers, with every secret removed. */
export function buildApiErrorInit(spec: SpecInfo, exchange: FailedExchange, secrets: readonly string[]): ApiErrorInit {
  const { response } = exchange;
  const body = redactValue(exchange.body, secrets);
  const envelope = spec.envelope;
  const vendorMessage = envelope?.error ? readPointer(body, envelope.error) : undefined;
  const vendorCode = envelope?.code ? readPointer(body, envelope.code) : undefined;
  const secretParams: string[] = [];
  const secretHeaders: string[] = [];
  for (const scheme of Object.values(spec.securitySchemes)) {
    // A cookie key's name joins the hidden headers too: harmless, and shorter than a third branch.
    if (scheme.type === "apiKey") (scheme.in === "query" ? secretParams : secretHeaders).push(scheme.name);
  }
  return {
    status: response.status,
    body,
    message: describe(vendorMessage, body, response),
    code: typeof vendorCode === "string" || typeof vendorCode === "number" ? String(vendorCode) : undefined,
    headers: redactHeaders(response.headers, secrets, secretHeaders),
    requestId: REQUEST_ID_HEADERS.map((h) => response.headers.get(h)).find((v) => v) ?? undefined,
    rateLimit: readRateLimit(response.headers, spec.rateLimitHeaders),
    operationId: exchange.operationId,
    method: exchange.method,
    url: redactUrl(exchange.url, secrets, secretParams),
  };
}

function describe(vendorMessage: unknown, body: unknown, response: Response): string {
  if (typeof vendorMessage === "string" && vendorMessage) return vendorMessage;
  // A plain-text body (an HTML error page, a proxy's message) is shown as is, shortened.
  const text = typeof body === "string" ? body.trim().slice(0, MAX_TEXT_MESSAGE) : "";
  return text || response.statusText || "Request failed";
}
