/** One request as the HTTP server (or MSW) read it, body already decoded (JSON parsed, anything else as text). */
export interface MockRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string | string[]>;
  /** Header names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** Aborted when the caller goes away; a stream stops writing then. */
  readonly signal?: AbortSignal;
}

/** The answer, ready to write: a whole body, or a stream whose chunks are written (and flushed) as they come. */
export interface MockResponse {
  readonly status: number;
  /** Header names in lower case. */
  readonly headers: Record<string, string>;
  readonly body: string | undefined;
  /** Set for an event stream instead of `body`; ends when the stream does (or when the request's signal aborts). */
  readonly stream?: AsyncIterable<string>;
}

/** The operation a request routed to, as the spec declares it. */
export interface MatchedRoute {
  /** The spec's path template, e.g. `/bots/{bot_id}`. */
  readonly template: string;
  /** Lower-case method. */
  readonly method: string;
  readonly operationId: string | undefined;
  /** Path parameters by name, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** The operation object (local `$ref`s not resolved). */
  readonly operation: Record<string, unknown>;
}
