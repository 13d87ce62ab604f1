import type { OpenApiDocument, ParameterObject, RequestBodyObject } from "../spec/openapi-types.ts";
import type { OperationEntry } from "../spec/operations.ts";
import { resolve } from "../spec/resolve-ref.ts";
import { exampleFromSchema, firstNamedExample } from "./example-value.ts";

/** One concrete request for an operation, shared by every language so the samples agree with each other. */
export interface ExampleRequest {
  readonly method: string;
  /** The templated path as the spec and the typed client write it, e.g. `/bots/{id}`. */
  readonly path: string;
  readonly pathParams: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body?: { readonly contentType: string; readonly value: unknown };
  /** The success response is a Server-Sent Events stream. */
  readonly streams: boolean;
}

/**
 * The operation's example request: every required parameter, plus optional ones the spec gives an example
 * for, and the request body's documented example (or one built from its schema).
 */
export function exampleRequest(doc: OpenApiDocument, entry: OperationEntry): ExampleRequest {
  const pathParams: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const headers: Record<string, unknown> = {};
  for (const param of entry.parameters) {
    const value = parameterExample(doc, param);
    if (value === undefined) continue;
    if (param.in === "path") pathParams[param.name] = value;
    else if (param.in === "query") query[param.name] = value;
    else if (param.in === "header") headers[param.name] = value;
  }
  const body = entry.operation.requestBody ? bodyExample(doc, resolve(doc, entry.operation.requestBody)) : undefined;
  return {
    method: entry.method.toUpperCase(),
    path: entry.path,
    pathParams,
    query,
    headers,
    ...(body ? { body } : {}),
    streams: successStreams(doc, entry),
  };
}

function parameterExample(doc: OpenApiDocument, param: ParameterObject): unknown {
  const stated = param.example ?? firstNamedExample(doc, param.examples);
  if (stated !== undefined) return stated;
  if (!param.required && param.in !== "path") return undefined;
  return exampleFromSchema(doc, param.schema);
}

function bodyExample(doc: OpenApiDocument, requestBody: RequestBodyObject): ExampleRequest["body"] {
  const entries = Object.entries(requestBody.content ?? {});
  const [contentType, media] = entries.find(([type]) => /json/i.test(type)) ?? entries[0] ?? [];
  if (!contentType || !media) return undefined;
  const value = media.example ?? firstNamedExample(doc, media.examples) ?? exampleFromSchema(doc, media.schema);
  return { contentType, value };
}

function successStreams(doc: OpenApiDocument, entry: OperationEntry): boolean {
  return Object.entries(entry.operation.responses ?? {}).some(
    ([status, response]) => /^2/.test(status) && Object.keys(resolve(doc, response).content ?? {}).includes("text/event-stream"),
  );
}
