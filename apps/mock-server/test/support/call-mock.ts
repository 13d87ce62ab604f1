import type { MockRequest } from "./build-request.js";

export interface MockAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  readonly json: unknown;
}

/** Send a request to a running mock and read the whole answer. */
export async function callMock(baseUrl: string, request: MockRequest, extraHeaders: Record<string, string> = {}): Promise<MockAnswer> {
  const response = await fetch(`${baseUrl}${request.url}`, {
    method: request.method,
    headers: { ...request.headers, ...extraHeaders },
    ...(request.body === undefined ? {} : { body: request.body }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text === "" ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}
