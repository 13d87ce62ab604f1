import type { createInstance } from "@stoplight/prism-http";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";
import { vendorErrorBody, vendorErrorShape, type VendorErrorBody } from "../errors/vendor-error.js";
import { describeViolations, type Violation } from "../errors/violations.js";
import type { MockRequest, MockResponse } from "./exchange.js";
import { configureFaker } from "./faker-options.js";
import { lazyOperations } from "./lazy-operations.js";
import { loadPrism } from "./load-prism.js";
import type { MockPreferences } from "./prefer-header.js";
import { createRouteIndex } from "./route-index.js";
import { silentLogger } from "./silent-logger.js";

type Prism = ReturnType<typeof createInstance>;
type PrismRequest = Parameters<Prism["request"]>[0];

/** Prism's answer to one request: the documented example (or generated body), or a validation error. */
export interface PrismResponder {
  answer(request: MockRequest, preferences: MockPreferences): Promise<MockResponse>;
  /** An answer in the vendor's error shape, for failures found outside Prism (bad JSON, 413, faults…). */
  errorResponse(status: number, message: string, headers?: Record<string, string>): MockResponse;
}

export interface PrismResponderOptions {
  /** The parsed OpenAPI document; it is not modified. */
  readonly document: Record<string, unknown>;
  /** Makes `Prefer: dynamic=true` bodies repeatable. */
  readonly seed?: string;
}

/**
 * Prism's mock engine (prism-http, the library prism-cli is built on) for one vendor, in this process. Each
 * operation is prepared the first time a request routes to it and reused after (Prism caches its compiled
 * validators per schema object), and every request is routed through an index to the few operations that can
 * match it, so start-up and per-request cost stay near-flat as the spec grows.
 */
export function createPrismResponder(options: PrismResponderOptions): PrismResponder {
  configureFaker();
  const operations = lazyOperations(options.document);
  if (operations.length === 0) throw new Error("the spec has no operations.");
  const routes = createRouteIndex(operations);
  const shape = vendorErrorShape(options.document);
  const prism = loadPrism().createInstance(
    {
      mock: { dynamic: false, ...(options.seed === undefined ? {} : { seed: options.seed }) },
      checkSecurity: true,
      validateRequest: true,
      validateResponse: false, // response checks only feed logs nobody reads here; they cost time per request
      errors: false,
      upstreamProxy: undefined,
      isProxy: false,
    },
    { logger: silentLogger() as never },
  );
  const errorResponse = (status: number, message: string, headers: Record<string, string> = {}): MockResponse =>
    withBody(status, headers, vendorErrorBody(shape, message));

  return {
    errorResponse,
    async answer(request, preferences) {
      const input: PrismRequest = {
        method: request.method.toLowerCase() as PrismRequest["method"],
        url: { path: request.path, query: request.query },
        headers: request.headers,
        body: request.body,
      };
      const candidates = routes.candidates(request.path);
      // Prism's own words for a path no operation has (it would say the same after scoring every operation)
      if (candidates.length === 0) return errorResponse(404, `The route ${request.path} hasn't been found in the specification file`);
      const result = await prism.request(input, candidates.map((c) => c.prepare()), {
        mock: {
          dynamic: false,
          ...(options.seed === undefined ? {} : { seed: options.seed }),
          ...(preferences.code === undefined ? {} : { code: preferences.code }),
          ...(preferences.exampleKey === undefined ? {} : { exampleKey: preferences.exampleKey }),
          ...(preferences.dynamic === undefined ? {} : { dynamic: preferences.dynamic }),
          ...(preferences.seed === undefined ? {} : { seed: preferences.seed }),
        },
      } as never)();
      if (result._tag === "Left") {
        const error = result.left as Error & { status?: number; detail?: string; additional?: { headers?: Record<string, string>; validation?: Partial<Violation>[] } };
        const violations: Violation[] = (error.additional?.validation ?? []).map((v) => ({ location: ["request", ...(v.location ?? []).map(String)], severity: v.severity ?? "Error", message: v.message ?? "invalid" }));
        const message = violations.length > 0 ? `Invalid request: ${describeViolations(violations)}` : (error.detail ?? error.message);
        const headers = { ...(error.additional?.headers ?? {}), ...violationsHeader(violations) };
        return errorResponse(error.status ?? 500, message, headers);
      }
      const { output, validations } = result.right;
      const violations: Violation[] = validations.input
        .filter((v) => v.severity === 0) // DiagnosticSeverity.Error; warnings do not make a request invalid
        .map((v) => ({ location: ["request", ...(v.path ?? []).map(String)], severity: "Error", message: v.message }));
      const headers = lowerCaseNames(output.headers ?? {});
      if (violations.length > 0 && (output.statusCode === 400 || output.statusCode === 422)) {
        // Prism serves the spec's example for an invalid request, which cannot say what was wrong; and it
        // prefers a documented 400 to the 415 a wrong content type deserves
        const status = validations.input.some((v) => String(v.code) === "415") ? 415 : output.statusCode;
        const rewritten = vendorErrorBody(shape, `Invalid request: ${describeViolations(violations)}`, output.body);
        return withBody(status, { ...headers, ...violationsHeader(violations) }, rewritten);
      }
      return { status: output.statusCode, headers, body: serialize(output.body, headers["content-type"]) };
    },
  };
}

/** Header names as Node writes them, so the vendor-shaped body's content type replaces Prism's instead of joining it. */
function lowerCaseNames(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function withBody(status: number, headers: Record<string, string>, body: VendorErrorBody): MockResponse {
  return { status, headers: { ...lowerCaseNames(headers), "content-type": body.contentType }, body: body.body };
}

// a response header carries at most this much; a longer list is cut (the body still names every violation)
const MAX_VIOLATIONS_HEADER = 8 * 1024 - 100;

/** The machine-readable list, in the `sl-violations` header Prism's own server sends. */
function violationsHeader(violations: readonly Violation[]): Record<string, string> {
  if (violations.length === 0) return {};
  const value = JSON.stringify(violations);
  return { "sl-violations": value.length > MAX_VIOLATIONS_HEADER ? `Too many violations! ${value.slice(0, MAX_VIOLATIONS_HEADER)}` : value };
}

/** A mocked body as bytes: JSON for JSON media types, strings as they are (Prism already renders text and streams). */
function serialize(body: unknown, contentType: string | undefined): string | undefined {
  if (body === undefined || body === null) return contentType && isJsonMediaType(contentType) && body === null ? "null" : undefined;
  if (typeof body === "string" && !(contentType && isJsonMediaType(contentType))) return body;
  return JSON.stringify(body);
}
