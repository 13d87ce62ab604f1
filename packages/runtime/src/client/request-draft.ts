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
  /** Init members besides method, headers and body that change what fetch() does (most calls have none). */
  readonly extras: RequestInit;

  constructor(input: string | URL, init: RequestInit = {}) {
    const { method = "GET", headers, body, redirect, ...extras } = init;
    this.url = String(input);
    this.method = method.toUpperCase();
    this.headers = headers instanceof Headers ? headers : new Headers(headers);
    this.body = body ?? null;
    // fetch() converts every member it is given; openapi-fetch restates its default redirect on every call.
    this.extras = redirect && redirect !== "follow" ? { ...extras, redirect } : extras;
  }

  /** The init to send this draft with, to fetch() or to a `Request`. */
  requestInit(signal?: AbortSignal): RequestInit {
    return { ...this.extras, method: this.method, headers: this.headers, body: this.body, signal };
  }

  toRequest(): Request {
    return new Request(this.url, this.requestInit());
  }
}

/** What the transport sends: a real `Request` (middleware, stream bodies) or a draft. */
export type OutgoingRequest = Request | RequestDraft;

/** Sends `request` to `url` under `signal`; the URL differs from `request.url` when a credential goes in the query. */
export async function dispatch(fetchFn: typeof globalThis.fetch, request: OutgoingRequest, url: string, signal: AbortSignal): Promise<Response> {
  if (request instanceof RequestDraft) return fetchFn(url, request.requestInit(signal));
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
