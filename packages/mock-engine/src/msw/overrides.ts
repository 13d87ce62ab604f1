import { responseKey } from "@vendor-sdks/spec-kit/operations/response-key";
import { isObject, resolveLocalRef } from "@vendor-sdks/spec-kit/spec/read-document";

type ResponsesOf<Operation> = Operation extends { responses: infer Responses } ? Responses : never;
type BodyOf<Response> = Response extends { content: infer Content } ? Content[keyof Content] : never;
type Digit = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
/** `"4XX"` as the statuses 400…499, so a body for 200 cannot pass as the range's. */
type StatusRange<First extends string> = `${First}${Digit}${Digit}` extends `${infer Status extends number}` ? Status : never;
/** `200` stays `200`, `"4XX"` is 400…499, `"default"` takes any status. */
type StatusOf<Key> = Key extends number
  ? Key
  : Key extends `${infer Status extends number}`
    ? Status
    : Key extends `${infer First extends 1 | 2 | 3 | 4 | 5}XX`
      ? StatusRange<`${First}`>
      : number;

/**
 * A fixed answer for one operation, typed from openapi-typescript's `operations[<operationId>]`: the status is one
 * the operation documents and the body that status's documented body type.
 */
export type OverrideAnswer<Operation> = {
  [Key in keyof ResponsesOf<Operation>]: {
    readonly status: StatusOf<Key>;
    /** Sent as JSON (a string is sent as is), with the content type the spec documents for that status. */
    readonly body?: BodyOf<ResponsesOf<Operation>[Key]>;
    readonly headers?: Readonly<Record<string, string>>;
  };
}[keyof ResponsesOf<Operation>];

/** An answer, or a function of the intercepted request that makes one. */
export type Override<Operation> = OverrideAnswer<Operation> | ((request: Request) => OverrideAnswer<Operation> | Promise<OverrideAnswer<Operation>>);

/** Overrides by operationId; `Operations` is the client's generated `operations` type. */
export type Overrides<Operations> = { readonly [OperationId in keyof Operations]?: Override<Operations[OperationId]> };

/** What an override says, before its types are known: the shape every `OverrideAnswer` has. */
export interface UntypedAnswer {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * The Fetch `Response` for an override: its body as JSON unless it is a string, under the content type the spec
 * documents for that status (its first media type), `application/json` where it documents none.
 */
export function overrideResponse(document: Record<string, unknown>, operation: Record<string, unknown>, answer: UntypedAnswer): Response {
  const headers = new Headers(answer.headers);
  if (answer.body === undefined || answer.status === 204 || answer.status === 304) return new Response(null, { status: answer.status, headers });
  if (!headers.has("content-type")) headers.set("content-type", documentedMediaType(document, operation, answer.status) ?? "application/json");
  const text = typeof answer.body === "string" ? answer.body : JSON.stringify(answer.body);
  return new Response(text, { status: answer.status, headers });
}

function documentedMediaType(document: Record<string, unknown>, operation: Record<string, unknown>, status: number): string | undefined {
  const responses = isObject(operation.responses) ? operation.responses : {};
  const key = responseKey(responses, status);
  const response = key === undefined ? undefined : resolveLocalRef(document, responses[key]);
  const content = isObject(response) && isObject(response.content) ? response.content : {};
  return Object.keys(content)[0];
}
