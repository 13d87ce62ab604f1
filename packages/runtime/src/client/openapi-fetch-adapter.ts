import createClient from "openapi-fetch";
import { RequestDraft, type OutgoingRequest } from "./request-draft.js";

// The one module that relies on openapi-fetch beyond its typed surface (see docs/decisions/0011): its `Request` and
// `fetch` init hooks, its middleware list, its body and query serializer defaults and its untyped `request()`.
// openapi-fetch is frozen upstream; replacing it means rewriting this module and nothing else.

/** openapi-fetch's result of a call: `data` on 2xx, `error` (the parsed body) otherwise. */
export interface FetchResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

/** A call's init as openapi-fetch takes it (`params`, `body`, `parseAs`, …), plus any member of ours. */
export type RawInit = Record<string, unknown>;

/** Sends the request openapi-fetch built (after its middleware) and returns the response it should parse. */
export type SendRequest = (request: OutgoingRequest) => Promise<Response>;

/** Runs one call through openapi-fetch: serializes it, runs middleware, hands the request to `send`, parses the answer. */
export type OpenapiFetchRequest = (method: string, path: string, init: RawInit, send: SendRequest) => Promise<FetchResult>;

interface UntypedClient {
  request(method: string, path: string, init: RawInit): Promise<FetchResult>;
  use: (...m: never[]) => void;
  eject: (...m: never[]) => void;
}

/** Gives `client` openapi-fetch's `use`/`eject` (middleware) and returns the function its calls go through. */
export function attachOpenapiFetch(client: Record<string, unknown>, baseUrl: string, headers: Record<string, string>): OpenapiFetchRequest {
  const base = createClient({
    baseUrl,
    headers,
    // OpenAPI's default for query objects is style=form, explode=true (`?a=1&b=2`); openapi-fetch defaults to deepObject.
    querySerializer: { object: { style: "form", explode: true } },
  }) as unknown as UntypedClient;
  // Mirrors openapi-fetch's middleware list (which it does not expose) to know when calls may use drafts.
  const middleware: unknown[] = [];
  client.use = (...added: unknown[]) => {
    base.use(...(added as never[]));
    middleware.push(...added.filter(Boolean));
  };
  client.eject = (...removed: unknown[]) => {
    base.eject(...(removed as never[]));
    for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
  };
  return (method, path, init, send) => {
    // Middleware is promised a real Request; without any, a draft saves fetch() a second Request construction.
    const drafts = !middleware.length && !(init.middleware as readonly unknown[] | undefined)?.length;
    const forwarded: RawInit = { Request: drafts ? RequestDraft : Request, ...init, fetch: send };
    if (isRawBody(init.body) && init.bodySerializer === undefined) {
      // Streams, blobs and buffers go out as they are, not JSON-encoded.
      forwarded.bodySerializer = (body: unknown) => body;
      if (init.body instanceof ReadableStream) forwarded.duplex = "half";
    }
    return base.request(method, path, forwarded);
  };
}

function isRawBody(body: unknown): boolean {
  return (
    body instanceof ReadableStream ||
    body instanceof Blob ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    body instanceof URLSearchParams
  );
}
