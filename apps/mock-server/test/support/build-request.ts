import { deref } from "@vendor-sdks/spec-kit/spec/json-pointer";
import { isJsonMediaType, isObject, type Json, type JsonObject, type Operation } from "./openapi.js";
import { sampleValue } from "./sample-value.js";

export interface MockRequest {
  readonly method: string;
  /** Path with parameters filled in and the query string appended. */
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string | FormData;
}

/**
 * Headers (or query parameters) that satisfy the operation's security requirement: Prism checks that a
 * credential is present, not that it is real.
 */
export function credentials(document: JsonObject, operation: Operation): { headers: Record<string, string>; query: Record<string, string> } {
  const headers: Record<string, string> = {};
  const query: Record<string, string> = {};
  const requirements = Array.isArray(operation.node.security) ? operation.node.security : Array.isArray(document.security) ? document.security : [];
  const first = requirements.find(isObject);
  const schemes = isObject(document.components) && isObject(document.components.securitySchemes) ? document.components.securitySchemes : {};
  for (const name of Object.keys(first ?? {})) {
    const scheme = deref(document, schemes[name]);
    if (!isObject(scheme)) continue;
    if (scheme.type === "apiKey" && typeof scheme.name === "string") {
      if (scheme.in === "query") query[scheme.name] = "test-key";
      else if (scheme.in === "cookie") headers.cookie = `${scheme.name}=test-key`;
      else headers[scheme.name.toLowerCase()] = "test-key";
    } else if (scheme.type === "http" && typeof scheme.scheme === "string" && scheme.scheme.toLowerCase() === "basic") {
      headers.authorization = `Basic ${Buffer.from("test:test").toString("base64")}`;
    } else {
      headers.authorization = "Bearer test-token"; // http bearer, oauth2, openIdConnect
    }
  }
  return { headers, query };
}

/** Whether the operation demands a credential at all (`security: []` or `{}` means it does not). */
export function requiresCredentials(document: JsonObject, operation: Operation): boolean {
  const requirements = Array.isArray(operation.node.security) ? operation.node.security : Array.isArray(document.security) ? document.security : [];
  return requirements.length > 0 && requirements.every((r) => isObject(r) && Object.keys(r).length > 0);
}

/** A request Prism accepts as valid: documented example values first, schema samples otherwise. */
export function buildRequest(document: JsonObject, operation: Operation, options: { withCredentials: boolean }): MockRequest {
  const auth = options.withCredentials ? credentials(document, operation) : { headers: {}, query: {} };
  const headers: Record<string, string> = { ...auth.headers };
  const query = new URLSearchParams(auth.query);
  let path = operation.path;
  for (const param of parameters(document, operation)) {
    const name = String(param.name);
    if (param.in !== "path" && param.required !== true) continue;
    const value = parameterValue(document, param);
    if (param.in === "path") path = path.replace(`{${name}}`, encodeURIComponent(value));
    else if (param.in === "query") query.set(name, value);
    else if (param.in === "header") headers[name.toLowerCase()] = value;
    else if (param.in === "cookie") headers.cookie = `${headers.cookie ? `${headers.cookie}; ` : ""}${name}=${value}`;
  }
  const body = requestBody(document, operation);
  if (body?.contentType) headers["content-type"] = body.contentType;
  const search = query.toString();
  return {
    method: operation.method.toUpperCase(),
    url: `${path}${search ? `?${search}` : ""}`,
    headers,
    ...(body ? { body: body.value } : {}),
  };
}

function parameters(document: JsonObject, operation: Operation): JsonObject[] {
  const paths = isObject(document.paths) ? document.paths : {};
  const item = paths[operation.path];
  const shared = isObject(item) && Array.isArray(item.parameters) ? item.parameters : [];
  const own = Array.isArray(operation.node.parameters) ? operation.node.parameters : [];
  const byKey = new Map<string, JsonObject>();
  for (const p of [...shared, ...own]) {
    const param = deref(document, p);
    if (isObject(param)) byKey.set(`${String(param.in)}:${String(param.name)}`, param);
  }
  return [...byKey.values()];
}

function parameterValue(document: JsonObject, param: JsonObject): string {
  const examples = isObject(param.examples) ? Object.values(param.examples).map((e) => deref(document, e)) : [];
  const documented = param.example ?? examples.map((e) => (isObject(e) ? e.value : undefined)).find((v) => v !== undefined);
  const value = documented ?? sampleValue(document, param.schema);
  return typeof value === "string" ? value : JSON.stringify(value);
}

function requestBody(document: JsonObject, operation: Operation): { contentType?: string; value: string | FormData } | undefined {
  const body = deref(document, operation.node.requestBody);
  if (!isObject(body) || !isObject(body.content)) return undefined;
  const mediaTypes = Object.keys(body.content);
  const mediaType = mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
  if (mediaType === undefined) return undefined;
  const media = deref(document, body.content[mediaType]);
  if (!isObject(media)) return undefined;
  const value = exampleOf(document, media) ?? sampleValue(document, media.schema);
  if (isJsonMediaType(mediaType)) return { contentType: mediaType, value: JSON.stringify(value) };
  if (mediaType === "multipart/form-data") {
    const form = new FormData(); // fetch sets the multipart boundary itself
    for (const [key, field] of Object.entries(isObject(value) ? value : {})) form.set(key, typeof field === "string" ? field : JSON.stringify(field));
    return { value: form };
  }
  if (mediaType === "application/x-www-form-urlencoded") {
    const entries = Object.entries(isObject(value) ? value : {}).map(([k, v]): [string, string] => [k, typeof v === "string" ? v : JSON.stringify(v)]);
    return { contentType: mediaType, value: new URLSearchParams(entries).toString() };
  }
  return { contentType: mediaType, value: typeof value === "string" ? value : JSON.stringify(value) };
}

/** The media type's `example`, or the value of its first named example. */
export function exampleOf(document: JsonObject, media: JsonObject): Json | undefined {
  if (media.example !== undefined) return media.example;
  if (!isObject(media.examples)) return undefined;
  for (const example of Object.values(media.examples)) {
    const resolved = deref(document, example);
    if (isObject(resolved) && resolved.value !== undefined) return resolved.value;
  }
  return undefined;
}
