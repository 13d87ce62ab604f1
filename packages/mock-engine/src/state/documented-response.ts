import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";
import { isJsonMediaType } from "@vendor-sdks/spec-kit/spec/media-type";

/** An operation's success response as Prism serves it by default: its JSON schema and first example. */
export interface DocumentedResponse {
  readonly schema: unknown;
  readonly example: unknown;
}

/** The first 2xx response with JSON content (`$ref`s followed), or undefined. */
export function documentedResponse(document: Record<string, unknown>, operation: Record<string, unknown>): DocumentedResponse | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  for (const status of Object.keys(responses).filter((s) => /^2/.test(s)).sort()) {
    const response = resolveLocalRef(document, responses[status]);
    const content = isObject(response) && isObject(response.content) ? response.content : {};
    const mediaType = Object.keys(content).find((type) => isJsonMediaType(type));
    const media = mediaType === undefined ? undefined : resolveLocalRef(document, content[mediaType]);
    if (!isObject(media)) continue;
    return { schema: media.schema, example: firstExample(document, media) };
  }
  return undefined;
}

/** The JSON schema of an operation's request body, if it has one. */
export function requestBodySchema(document: Record<string, unknown>, operation: Record<string, unknown>): unknown {
  const body = resolveLocalRef(document, operation.requestBody);
  const content = isObject(body) && isObject(body.content) ? body.content : {};
  const mediaType = Object.keys(content).find((type) => isJsonMediaType(type));
  const media = mediaType === undefined ? undefined : resolveLocalRef(document, content[mediaType]);
  return isObject(media) ? media.schema : undefined;
}

function firstExample(document: Record<string, unknown>, media: Record<string, unknown>): unknown {
  if (media.example !== undefined) return media.example;
  for (const example of Object.values(isObject(media.examples) ? media.examples : {})) {
    const value = resolveLocalRef(document, example);
    if (isObject(value) && value.value !== undefined) return value.value;
  }
  return undefined;
}
