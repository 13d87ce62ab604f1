/**
 * What the generator knows about a spec and its operations. Vendor packages ship these as
 * `src/generated/operations.ts` and `src/generated/spec-info.ts`; the runtime reads them instead of
 * hard-coding any vendor fact (paths, auth schemes, pagination styles, envelopes).
 */

/** The methods an OpenAPI path item may hold. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Pagination declared by the spec's `x-pagination` extension (see specs/EXTENSIONS.md). */
export type PaginationInfo =
  | {
      readonly style: "offset";
      /** Query parameter holding the page size. */
      readonly limitParam: string;
      /** Query parameter holding the offset; absent when the API pages by `limit` only (one page). */
      readonly offsetParam?: string;
      /** JSON pointer to the item array in the response body, e.g. `/data`. */
      readonly items: string;
      /** Where the total count is reported, if anywhere. */
      readonly total?: { readonly header: string } | { readonly pointer: string };
      readonly defaultLimit?: number;
      readonly maxLimit?: number;
      /** Upper bound on `limit + offset` the API accepts. */
      readonly maxWindow?: number;
    }
  | {
      readonly style: "page";
      readonly pageParam: string;
      readonly perPageParam: string;
      /** Number of the first page (usually 1). */
      readonly firstPage: number;
      readonly items: string;
      readonly total?: { readonly header: string } | { readonly pointer: string };
      readonly defaultPerPage?: number;
      readonly maxPerPage?: number;
    }
  | {
      readonly style: "cursor";
      /** Query parameter that carries the cursor on the next request. */
      readonly cursorParam: string;
      /** JSON pointer to the next cursor in the response body; missing/null ends the iteration. */
      readonly nextCursor: string;
      readonly items: string;
      readonly limitParam?: string;
    };

/**
 * What a stream's events mean, from the spec's `x-stream-events` on its `text/event-stream` content: event names
 * (the SSE `event:` field) that complete the stream, and those that report a failure.
 */
export interface StreamEventRoles {
  /** The stream is complete after one of these; ending before any of them is a failure. */
  readonly terminal?: readonly string[];
  /** One of these ends the stream with a `StreamEventError` instead of being yielded. */
  readonly error?: readonly string[];
}

/**
 * One operation as the client needs it at run time, keyed by its operationId in the generated table. The table ships
 * in every browser bundle, so it holds only what a client reads: no summaries, abilities or statuses (those stay in
 * the spec), `pagination` only when declared, `streaming` only when true, `security` only when it differs from the
 * spec's default requirement.
 */
export interface OperationEntry {
  readonly method: HttpMethod;
  /** Path template relative to the server URL, exactly as in the spec, e.g. `/bots/{id}`. */
  readonly path: string;
  readonly pagination?: PaginationInfo;
  /** Present (true) when the success response is `text/event-stream`. */
  readonly streaming?: true;
  /** The stream's terminal and error events, when the spec declares them. */
  readonly streamEvents?: StreamEventRoles;
  /** Security requirement names, when not the spec's default (`SpecInfo.security`); `[]` means no credentials. */
  readonly security?: readonly (readonly string[])[];
}

export type SecuritySchemeInfo =
  | { readonly type: "http"; readonly scheme: "bearer" | "basic" }
  | { readonly type: "apiKey"; readonly in: "header" | "query" | "cookie"; readonly name: string; readonly prefix?: string };

/**
 * Where the useful parts of a vendor's JSON envelope live, from the spec's root `x-envelope`
 * (JSON pointers). Absent when responses are not wrapped.
 */
export interface EnvelopeInfo {
  /** Pointer to the payload on success, e.g. `/data`. `unwrap()` returns what is there. */
  readonly data?: string;
  /** Pointer to the human-readable error message, e.g. `/error`. */
  readonly error?: string;
  /** Pointer to the machine error code, e.g. `/code`. */
  readonly code?: string;
}

export interface SpecInfo {
  readonly title: string;
  /** The spec's default security requirement names (root `security`); an operation may override it. */
  readonly security: readonly (readonly string[])[];
  readonly version: string;
  /** `servers[0].url` of the spec. */
  readonly defaultBaseUrl: string;
  readonly securitySchemes: Readonly<Record<string, SecuritySchemeInfo>>;
  readonly envelope: EnvelopeInfo | null;
  /** Response headers the vendor uses for rate limiting, from the spec's root `x-rate-limit-headers`. */
  readonly rateLimitHeaders: {
    readonly limit?: string;
    readonly remaining?: string;
    readonly reset?: string;
    readonly used?: string;
  } | null;
}

/** An entry with its operationId, as the runtime passes it around. */
export interface OperationInfo extends OperationEntry {
  readonly operationId: string;
}

export type OperationTable = Readonly<Record<string, OperationEntry>>;
