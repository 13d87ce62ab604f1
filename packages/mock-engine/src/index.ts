export { createMockEngine, DEFAULT_STREAM_DELAY_MS } from "./engine/mock-engine.js";
export type { MockEngine, MockEngineOptions } from "./engine/mock-engine.js";
export type { MatchedRoute, MockRequest, MockResponse } from "./engine/exchange.js";
export { PREFERENCE_NAMES, MAX_DELAY_MS } from "./engine/prefer-header.js";
export { CONTROL_ROUTES } from "./control/control-routes.js";
export { answerFetch, queryOf } from "./fetch/fetch-handler.js";
export { decodeBody, isJsonMediaType } from "./request/decode-body.js";
export type { DecodedBody } from "./request/decode-body.js";
export { withGeneratorHints } from "./spec/generator-hints.js";
