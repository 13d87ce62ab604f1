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
  // Not `BodyInit`: DOM declares it, @types/node does not, and a Node-only consumer must compile our types.
  readonly body: NonNullable<RequestInit["body"]> | null;
  /** Init members besides the fields above that change what fetch() does (most calls have none). */
  extras: Record<string, unknown> | undefined;

  constructor(input: string | URL, init: RequestInit = {}) {
    this.url = String(input);
    this.method = (init.method ?? "GET").toUpperCase();
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    // A loop, not `{ ...rest }` destructuring (about 1 µs a call). fetch() converts every member it is given, and
    // openapi-fetch restates the default redirect on every call: only members that change something are kept.
    for (const key in init) {
      const value = (init as Record<string, unknown>)[key];
      if (value !== undefined && !(key in this) && !(key === "redirect" && value === "follow")) (this.extras ??= {})[key] = value;
    }
  }

  /** The init to send this draft with, to fetch() or to a `Request`. */
  requestInit(signal?: AbortSignal): RequestInit {
    const init: RequestInit = { method: this.method, headers: this.headers, body: this.body, signal };
    return this.extras ? { ...this.extras, ...init } : init;
  }

  toRequest(): Request {
    return new Request(this.url, this.requestInit());
  }
}

/** What the transport sends: a real `Request` (middleware, stream bodies) or a draft. */
export type OutgoingRequest = Request | RequestDraft;

/** Sends `request` to `url` under the caller's `signal`; the URL differs from `request.url` when a credential goes in the query. */
export function dispatch(fetchFn: typeof globalThis.fetch, request: OutgoingRequest, url: string, signal: AbortSignal | undefined): Promise<Response> {
  // Not async: wrapping fetch()'s promise in another costs every call two more ticks.
  if (request instanceof RequestDraft) return fetchFn(url, request.requestInit(signal));
  if (url === request.url) return fetchFn(request, { signal });
  return dispatchCopy(fetchFn, request, url, signal);
}

/** A `Request` going to another URL (a query credential): its body is read, to go out again under the new URL. */
async function dispatchCopy(fetchFn: typeof globalThis.fetch, request: Request, url: string, signal: AbortSignal | undefined): Promise<Response> {
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
