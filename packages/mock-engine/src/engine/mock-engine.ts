import { handleControl, isControlPath } from "../control/control-routes.js";
import { credentialOf, credentialSources } from "../credentials/credential-of.js";
import { faultResponse } from "../faults/fault-response.js";
import { createFaultPlan } from "../faults/fault-plan.js";
import { specOperations } from "../spec/spec-operations.js";
import { createStreams } from "../streams/stream-capability.js";
import { createState } from "../state/create-state.js";
import { waitFor } from "../timing/wait-for.js";
import { createWebhooks } from "../webhooks/create-webhooks.js";
import type { Exchange, StreamCapability } from "./capabilities.js";
import { createChangeFeed } from "./change-feed.js";
import type { MockRequest, MockResponse } from "./exchange.js";
import { matchRoute, routeTemplate } from "./match-route.js";
import { readPreferences } from "./prefer-header.js";
import { createPrismResponder } from "./prism-responder.js";
import { createRouteIndex } from "./route-index.js";

export interface MockEngine {
  handle(request: MockRequest): Promise<MockResponse>;
  /** An answer in the vendor's error shape, for failures found before the engine sees the request (bad JSON, 413…). */
  errorResponse(status: number, message: string, headers?: Record<string, string>): MockResponse;
}

export interface MockEngineOptions {
  /** The parsed OpenAPI document; it is not modified. */
  readonly document: Record<string, unknown>;
  /** Makes `Prefer: dynamic=true` bodies repeatable. */
  readonly seed?: string;
  /** Remember writes per credential (default true); false answers every call with the documented example. */
  readonly state?: boolean;
  /** Milliseconds between two events of a stream unless the request's `Prefer: stream-delay` says otherwise. */
  readonly streamDelayMs?: number;
}

/** The pace of a stream when neither the request nor the options set one: a chat reply that reads as typed. */
export const DEFAULT_STREAM_DELAY_MS = 50;

/**
 * One vendor's mock, as the HTTP server and the MSW handlers both use it: Prism validates the request and picks the
 * documented answer; then the stored state (per credential), event-stream pacing, planned faults and latency
 * shape what is sent. `/__mock/*` routes control it (reset, faults, webhook triggers).
 */
export function createMockEngine(options: MockEngineOptions): MockEngine {
  const { document } = options;
  const prism = createPrismResponder({ document, ...(options.seed === undefined ? {} : { seed: options.seed }) });
  const sources = credentialSources(document);
  const operations = specOperations(document);
  const byRoute = new Map(operations.map((o) => [`${o.method} ${o.template}`, o.operation]));
  const routes = createRouteIndex(operations.map((o) => ({ ...routeTemplate(o.template, o.method), path: o.template })));
  const operationOf = (template: string, method: string): Record<string, unknown> | undefined => byRoute.get(`${method} ${template}`);
  const operationIds = new Set(operations.flatMap((o) => o.operationId ?? []));
  const faults = createFaultPlan();
  const feed = createChangeFeed();
  const streamDelayMs = options.streamDelayMs ?? DEFAULT_STREAM_DELAY_MS;
  const state = options.state === false ? undefined : createState({ document, feed, errorResponse: prism.errorResponse });
  const streams: StreamCapability | undefined = createStreams({ document, feed, streamDelayMs, errorResponse: prism.errorResponse });
  const webhooks = createWebhooks({ document, registry: state });

  return {
    errorResponse: prism.errorResponse,
    async handle(request) {
      let preferences;
      try {
        preferences = readPreferences(request.headers.prefer, request.query);
      } catch (error) {
        return prism.errorResponse(400, `Invalid request: ${(error as Error).message}`);
      }
      const credential = credentialOf(sources, request);
      if (isControlPath(request.path)) {
        return handleControl(request, { credential, faults, state, webhooks, operationIds, errorResponse: prism.errorResponse });
      }
      const route = matchRoute(routes.candidates(request.path), request.method, request.path, operationOf);
      const exchange: Exchange = { request, preferences, credential, route };
      if (preferences.latencyMs) await waitFor(preferences.latencyMs, request.signal);

      const fault = route ? faults.take(credential, route.operationId) : undefined;
      if (fault) return faultResponse(fault, exchange, prism, document);

      let answer = await prism.answer(request, preferences);
      if (state && route && answer.status >= 200 && answer.status < 300) answer = await state.respond(exchange, answer);
      if (streams && /^text\/event-stream/i.test(answer.headers["content-type"] ?? "")) answer = await streams.respond(exchange, answer);
      return answer;
    },
  };
}
