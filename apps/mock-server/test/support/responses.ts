import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { isObject, type JsonObject, type Operation } from "./openapi.js";

export interface DocumentedResponse {
  readonly status: string;
  readonly response: JsonObject;
  readonly content: Record<string, JsonObject>;
}

/** The operation's responses with `$ref`s resolved, in the spec's order. */
export function documentedResponses(document: JsonObject, operation: Operation): DocumentedResponse[] {
  const responses = isObject(operation.node.responses) ? operation.node.responses : {};
  return Object.entries(responses).flatMap(([status, node]) => {
    const response = deref(document, node);
    if (!isObject(response)) return [];
    const content: Record<string, JsonObject> = {};
    for (const [mediaType, media] of Object.entries(isObject(response.content) ? response.content : {})) {
      const resolved = deref(document, media);
      if (isObject(resolved)) content[mediaType] = resolved;
    }
    return [{ status, response, content }];
  });
}

/** The response header names a documented response declares (lower-cased). */
export function declaredHeaders(response: JsonObject): string[] {
  return Object.keys(isObject(response.headers) ? response.headers : {}).map((h) => h.toLowerCase());
}
