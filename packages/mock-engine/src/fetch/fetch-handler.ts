import type { MockEngine } from "../engine/mock-engine.js";
import type { MockRequest, MockResponse } from "../engine/exchange.js";
import { decodeBody } from "../request/decode-body.js";

/**
 * A Fetch API `Request` answered by the engine as a `Response` (what an MSW resolver returns): the same decoding,
 * validation, state, pacing and faults as the HTTP server. `basePath` is the server URL's path (e.g. `/v1`),
 * removed before routing as the mock server's own URL has none.
 */
export async function answerFetch(engine: MockEngine, request: Request, basePath = ""): Promise<Response> {
  const url = new URL(request.url);
  const path = basePath && url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || "/" : url.pathname;
  const bytes = new Uint8Array(await request.arrayBuffer());
  const decoded = decodeBody(bytes, request.headers.get("content-type") ?? undefined);
  if (!decoded.ok) return toResponse(engine.errorResponse(400, decoded.message), request.method);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const mockRequest: MockRequest = { method: request.method, path, query: queryOf(url.searchParams), headers, body: decoded.body, signal: request.signal };
  return toResponse(await engine.handle(mockRequest), request.method);
}

/** Query parameters as Prism reads them: one value as a string, repeated ones as a list. */
export function queryOf(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? (values[0] as string) : values;
  }
  return query;
}

function toResponse(answer: MockResponse, method: string): Response {
  const headers = new Headers(answer.headers);
  headers.delete("content-length");
  if (method === "HEAD" || answer.status === 204 || answer.status === 304) return new Response(null, { status: answer.status, headers });
  if (answer.stream) return new Response(readableOf(answer.stream), { status: answer.status, headers });
  return new Response(answer.body ?? null, { status: answer.status, headers });
}

/** The engine's stream as the bytes of a `ReadableStream`, pulled one chunk at a time so pacing is kept. */
function readableOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await iterator.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
