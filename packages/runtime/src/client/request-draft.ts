/**
 * What openapi-fetch builds for a call when no middleware needs to see a real `Request`: its URL and init.
 *
 * fetch() copies a `Request` it is given into a new one, so a `Request` built first costs a second construction
 * (plus a second abort-signal link) on every call: most of openapi-fetch's overhead over a bare `fetch`. The
 * transport sends a draft as `fetch(url, init)` instead, and sends its body again on a retry (strings, Blobs, buffers
 * and URLSearchParams can be sent as they are). A stream body, which can be read once, and a FormData body, which
 * fetch() would encode with a new multipart boundary each time, become a `Request` whose encoded body is cloned.
 */
export class RequestDraft {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly init: RequestInit;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.init = init;
  }

  toRequest(): Request {
    return new Request(this.url, { ...this.init, headers: this.headers });
  }
}

/** What the transport sends: a real `Request` (middleware, stream bodies) or a draft. */
export type OutgoingRequest = Request | RequestDraft;

/** Sends `request` to `url` under `signal`; the URL differs from `request.url` when a credential goes in the query. */
export async function dispatch(fetchFn: typeof globalThis.fetch, request: OutgoingRequest, url: string, signal: AbortSignal): Promise<Response> {
  if (request instanceof RequestDraft) return fetchFn(url, { ...request.init, headers: request.headers, signal });
  if (url === request.url) return fetchFn(request, { signal });
  const body = request.body ? await request.arrayBuffer() : null;
  return fetchFn(url, { method: request.method, headers: request.headers, body, signal });
}

/** The request to send first: a draft with a stream or FormData body becomes a `Request`, cloned for each retry. */
export function replayableRequest(request: OutgoingRequest): OutgoingRequest {
  const encodeOnce = request.body instanceof ReadableStream || request.body instanceof FormData;
  return request instanceof RequestDraft && encodeOnce ? request.toRequest() : request;
}

/** A copy for the next attempt: a draft's body can be sent again as it is, a `Request`'s body only once. */
export function spareCopy(request: OutgoingRequest): OutgoingRequest {
  return request instanceof RequestDraft || !request.body ? request : request.clone();
}
