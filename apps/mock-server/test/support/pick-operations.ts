import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { buildRequest, exampleOf, requiresCredentials, type MockRequest } from "./build-request.js";
import { isJsonMediaType, isObject, listOperations, type Json, type JsonObject, type Operation } from "./openapi.js";
import { declaredHeaders, documentedResponses } from "./responses.js";

/** A request whose documented answer is an exact example: a GET with a 200 JSON example, if the spec has one. */
export function documentedExampleCall(document: JsonObject): { operation: Operation; request: MockRequest; example: Json } | undefined {
  const candidates = listOperations(document).sort((a, b) => Number(b.method === "get") - Number(a.method === "get"));
  for (const operation of candidates) {
    const ok = documentedResponses(document, operation).find((r) => r.status === "200");
    const mediaType = ok && Object.keys(ok.content).find(isJsonMediaType);
    const media = mediaType ? ok?.content[mediaType] : undefined;
    const example = media ? exampleOf(document, media) : undefined;
    if (example !== undefined) return { operation, request: buildRequest(document, operation, { withCredentials: true }), example };
  }
  return undefined;
}

/** An operation that demands a credential, with its documented 401 example if it has one. */
export function protectedCall(document: JsonObject): { operation: Operation; request: MockRequest; example: Json | undefined } | undefined {
  const operation = listOperations(document).find((op) => requiresCredentials(document, op));
  if (!operation) return undefined;
  const unauthorized = documentedResponses(document, operation).find((r) => r.status === "401");
  const mediaType = unauthorized && Object.keys(unauthorized.content).find(isJsonMediaType);
  const media = mediaType ? unauthorized?.content[mediaType] : undefined;
  return { operation, request: buildRequest(document, operation, { withCredentials: false }), example: media ? exampleOf(document, media) : undefined };
}

/** An operation with a JSON body that requires a field, and that field's name: sending `{}` must be refused. */
export function requiredBodyFieldCall(document: JsonObject): { operation: Operation; request: MockRequest; field: string } | undefined {
  for (const operation of listOperations(document)) {
    const body = deref(document, operation.node.requestBody);
    if (!isObject(body) || !isObject(body.content)) continue;
    const mediaType = Object.keys(body.content).find(isJsonMediaType);
    const media = mediaType ? deref(document, body.content[mediaType]) : undefined;
    const schema = isObject(media) ? deref(document, media.schema) : undefined;
    const required = isObject(schema) && Array.isArray(schema.required) ? schema.required : [];
    const field = required.find((r): r is string => typeof r === "string");
    if (!field || !mediaType) continue;
    const valid = buildRequest(document, operation, { withCredentials: true });
    return { operation, field, request: { ...valid, headers: { ...valid.headers, "content-type": mediaType }, body: "{}" } };
  }
  return undefined;
}

/**
 * Operations whose responses cover a 429 (an explicit `429`, else a `4XX` range, as Prism matches them), each
 * with whether that response declares `Retry-After`.
 */
export function rateLimitedCalls(document: JsonObject): { operation: Operation; request: MockRequest; retryAfter: boolean }[] {
  return listOperations(document).flatMap((operation) => {
    const responses = documentedResponses(document, operation);
    const limited = responses.find((r) => r.status === "429") ?? responses.find((r) => r.status.toUpperCase() === "4XX");
    if (!limited) return [];
    const retryAfter = declaredHeaders(limited.response).includes("retry-after");
    return [{ operation, request: buildRequest(document, operation, { withCredentials: true }), retryAfter }];
  });
}
