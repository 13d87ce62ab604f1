import { http, type HttpHandler, type HttpResponseResolver } from "msw";
import { createMockEngine, type MockEngine } from "../engine/mock-engine.js";
import { answerFetch } from "../fetch/fetch-handler.js";
import { withGeneratorHints } from "../spec/generator-hints.js";
import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { controlPattern, operationUrls } from "./operation-url.js";
import { overrideResponse, type Overrides, type UntypedAnswer } from "./overrides.js";
import { mergedPrefer, scenarioPrefer, type MockScenario } from "./scenario-prefer.js";

export interface VendorHandlersOptions<Operations = Record<string, unknown>> {
  /** Where the handlers intercept; defaults to the spec's first `servers[].url` (a client's default base URL). */
  readonly baseUrl?: string;
  /** Remember writes per credential (default true); false answers every call with the documented example. */
  readonly state?: boolean;
  /** Preferences every request gets unless it states its own, as `Prefer` would (`{ code: 500 }`, `{ streamDelay: 0 }`). */
  readonly scenario?: MockScenario;
  /** Fixed answers by operationId, in place of the engine's (no validation, no state): see `OverrideAnswer`. */
  readonly overrides?: Overrides<Operations>;
}

/**
 * MSW request handlers for every operation of an OpenAPI document, answered by one mock engine (the one behind
 * `@vendor-sdks/mock-server`): documented examples, `Prefer` scenarios, request validation in the vendor's error
 * shape, state per credential, paced event streams, planned faults, and the `/__mock/*` control routes under the
 * base URL. The engine, and the work of reading the document, wait for the first request.
 */
export function createVendorHandlers<Operations = Record<string, unknown>>(document: Record<string, unknown>, options: VendorHandlersOptions<Operations> = {}): HttpHandler[] {
  const baseUrl = absoluteUrl(options.baseUrl ?? defaultServerUrl(document));
  const basePath = new URL(baseUrl).pathname.replace(/\/+$/, "");
  let engine: MockEngine | undefined;
  const engineOf = (): MockEngine =>
    // the data generator needs hints for OpenAPI 3.1's numeric exclusive bounds, as the mock server gives it
    (engine ??= createMockEngine({ document: withGeneratorHints(document) ?? document, state: options.state !== false }));
  const defaults = scenarioPrefer(options.scenario ?? {});
  const overrides = (options.overrides ?? {}) as Readonly<Record<string, UntypedAnswer | ((request: Request) => UntypedAnswer | Promise<UntypedAnswer>) | undefined>>;

  const answer = async (request: Request): Promise<Response> => answerFetch(engineOf(), await withScenario(request, defaults), basePath);
  const handlers: HttpHandler[] = [http.all(controlPattern(baseUrl), ({ request }) => answer(request))];
  for (const { operation, pattern } of operationUrls(document, baseUrl)) {
    const override = operation.operationId === undefined ? undefined : overrides[operation.operationId];
    const resolver: HttpResponseResolver = async ({ request }) => {
      if (request.method.toLowerCase() !== operation.method) return undefined; // `trace` is served by `http.all`
      if (override === undefined) return answer(request);
      return overrideResponse(document, operation.operation, typeof override === "function" ? await override(request) : override);
    };
    handlers.push(methodHandler(operation.method)(pattern, resolver));
  }
  return handlers;
}

function methodHandler(method: string): typeof http.all {
  switch (method) {
    case "get":
    case "post":
    case "put":
    case "delete":
    case "patch":
    case "head":
    case "options":
      return http[method];
    default:
      return http.all;
  }
}

/** The request as the engine should read it: the scenario's preferences added to its own. */
async function withScenario(request: Request, defaults: string): Promise<Request> {
  if (defaults === "") return request;
  const headers = new Headers(request.headers);
  headers.set("prefer", mergedPrefer(defaults, request.headers.get("prefer"), new URL(request.url).searchParams));
  const hasBody = request.method !== "GET" && request.method !== "HEAD";
  return new Request(request.url, { method: request.method, headers, signal: request.signal, ...(hasBody ? { body: await request.arrayBuffer() } : {}) });
}

function defaultServerUrl(document: Record<string, unknown>): string {
  const first = Array.isArray(document.servers) ? (document.servers[0] as unknown) : undefined;
  const url = isObject(first) ? first.url : undefined;
  if (typeof url !== "string" || url === "") throw new Error("createVendorHandlers: the spec has no servers[0].url; pass options.baseUrl.");
  return url;
}

/** A relative base URL (`/api`) means the page's origin, in a browser; elsewhere there is none to resolve it against. */
function absoluteUrl(baseUrl: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(baseUrl)) return baseUrl;
  const page = (globalThis as { location?: { href?: string } }).location?.href;
  if (page === undefined) throw new Error(`createVendorHandlers: baseUrl "${baseUrl}" is not an absolute URL (e.g. "https://api.example.com/v1").`);
  return new URL(baseUrl, page).href;
}
