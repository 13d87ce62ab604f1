import { deref, getAtPointer, pointerOf } from "../spec/json-pointer.ts";
import { sampleValue } from "../spec/sample-value.ts";
import type { OperationInfo } from "@vendor-sdks/runtime/internal";

type Json = Record<string, unknown>;

/** The parts of an openapi-fetch request init that the spec's examples can fill. */
export interface ExampleRequest {
  readonly params: { path: Json; query: Json; header: Json };
  readonly body?: unknown;
  readonly contentType?: string;
  /** Set when the spec shows no body example and the body was generated from its schema (`generateMissing`). */
  readonly generatedBodySchema?: string;
}

export interface ExampleRequestOptions {
  /** Leave path parameters out (a caller that fills ids from live data). */
  readonly pathParams?: boolean;
  /** Where a required parameter or body has no example, generate a value from its schema instead of failing. */
  readonly generateMissing?: boolean;
}

/**
 * A valid request for an operation, built only from what the spec shows: each required parameter's example (or
 * default, or first enum value) and the request body's first example. Fails, naming the operation, when the spec
 * gives no example for something required: the spec, not the test, must say what a valid call looks like. With
 * `generateMissing`, a required parameter or body without an example is generated from its schema (the caller
 * validates a generated body).
 */
export function exampleRequest(doc: Json, pathItemPointer: string, op: Pick<OperationInfo, "operationId" | "method">, options: ExampleRequestOptions = {}): ExampleRequest {
  const pathItem = deref(doc, getAtPointer(doc, pathItemPointer)) ?? {};
  const operation = deref(doc, pathItem[op.method]) ?? {};
  const parameters = [...asArray(pathItem.parameters), ...asArray(operation.parameters)].map((p) => deref(doc, p) ?? {});
  const params: ExampleRequest["params"] = { path: {}, query: {}, header: {} };
  for (const p of parameters) {
    const where = p.in as string;
    if (where !== "path" && where !== "query" && where !== "header") continue;
    if (where === "path" && options.pathParams === false) continue;
    if (!p.required && where !== "path") continue;
    const value = parameterExample(doc, p) ?? (options.generateMissing ? sampleValue(doc, p.schema) : undefined);
    if (value === undefined) throw new Error(`${op.operationId}: required ${where} parameter "${String(p.name)}" has no example, default or enum in the spec.`);
    params[where][String(p.name)] = value;
  }
  const requestBody = deref(doc, operation.requestBody);
  if (!requestBody) return { params };
  const content = (requestBody.content ?? {}) as Record<string, Json>;
  const [contentType, media] = Object.entries(content)[0] ?? [];
  if (!contentType || !media) return { params };
  const body = mediaExample(doc, media);
  if (body === undefined && requestBody.required) {
    if (!options.generateMissing) throw new Error(`${op.operationId}: the request body (${contentType}) has no example in the spec.`);
    const schema = `${pathItemPointer}${pointerOf(op.method, "requestBody", "content", contentType, "schema")}`;
    return { params, body: sampleValue(doc, media.schema), contentType, generatedBodySchema: schema };
  }
  return { params, body, contentType };
}

/** A parameter's example (it has the same `example`/`examples`/`schema` fields as a media type), else a default or enum value. */
function parameterExample(doc: Json, p: Json): unknown {
  const shown = mediaExample(doc, p);
  if (shown !== undefined) return shown;
  const schema = deref(doc, p.schema) ?? {};
  if (schema.default !== undefined) return schema.default;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  return undefined;
}

/** The first example a media type (or parameter) shows: its `example`, first `examples` entry, or its schema's. */
export function mediaExample(doc: Json, media: Json): unknown {
  if (media.example !== undefined) return media.example;
  const examples = media.examples as Record<string, unknown> | undefined;
  const first = examples ? deref(doc, Object.values(examples)[0]) : undefined;
  if (first && "value" in first) return first.value;
  const schema = deref(doc, media.schema) ?? {};
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples[0];
  return undefined;
}

function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
