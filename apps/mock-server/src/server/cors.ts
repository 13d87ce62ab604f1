import type { IncomingHttpHeaders } from "node:http";

/**
 * CORS as prism-http-server answers it, so browser apps on any origin can call the mocks: the caller's origin
 * is allowed with credentials, and every response header (`Retry-After`, `sl-violations`) is readable.
 */
export function corsHeaders(request: IncomingHttpHeaders): Record<string, string> {
  return {
    "access-control-allow-origin": request.origin ?? "*",
    "access-control-allow-headers": request["access-control-request-headers"] ?? "*",
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": "*",
  };
}

/** A preflight: `OPTIONS` with an `Origin` and the method the browser wants to send. */
export function isPreflight(method: string | undefined, headers: IncomingHttpHeaders): boolean {
  return method === "OPTIONS" && headers.origin !== undefined && headers["access-control-request-method"] !== undefined;
}

/** The 204 answer to a preflight: the requested method is allowed on top of the common headers. */
export function preflightHeaders(request: IncomingHttpHeaders): Record<string, string> {
  return {
    ...corsHeaders(request),
    "access-control-allow-methods": request["access-control-request-method"] ?? "GET,DELETE,HEAD,PATCH,POST,PUT,OPTIONS",
    vary: "origin",
    "content-length": "0",
  };
}
