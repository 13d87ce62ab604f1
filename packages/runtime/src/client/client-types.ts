import type { Client, ClientPathsWithMethod, FetchResponse, MaybeOptionalInit } from "openapi-fetch";
import type { PointerValue } from "../json-pointer/read-pointer.js";
import type { HttpMethod, OperationTable, SpecInfo } from "../operations/operation-info.js";
import type { RateLimitState } from "../rate-limit/rate-limit.js";
import type { SseEvent } from "../sse/sse-event.js";
import type { StreamOptions } from "../sse/stream-options.js";
import type { CallOptions } from "./transport.js";

type AnyMedia = `${string}/${string}`;
type Get<T, K> = K extends keyof T ? T[K] : never;
type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** `[init?]` when nothing in the init is required, else `[init]` (as openapi-fetch does). */
export type InitArgs<Init> = [RequiredKeys<Init>] extends [never] ? [init?: Init] : [init: Init];

/** The success body of an operation object from openapi-typescript's `paths`. */
export type SuccessBody<Operation, Media extends AnyMedia = AnyMedia> =
  // openapi-fetch's own constraint (`Record<string | number, any>`) is needed to reuse its response typing.
  Operation extends Record<string | number, any> ? Exclude<FetchResponse<Operation, {}, Media>["data"], undefined> : never;

/** What `unwrap()` resolves to: the payload at the spec's `x-envelope.data` pointer, else the whole body. */
export type Unwrapped<Result, Spec extends SpecInfo> = Result extends { data: infer Data }
  ? Spec["envelope"] extends { readonly data: infer Pointer extends string }
    ? PointerValue<Exclude<Data, undefined>, Pointer>
    : Exclude<Data, undefined>
  : never;

type OperationOf<Ops> = Ops[keyof Ops];
type WideTable<Ops> = string extends keyof Ops ? true : false;
type GetPaths<Paths extends {}> = ClientPathsWithMethod<Client<Paths>, "get">;

/** Paths whose GET operation declares `x-pagination` (any GET path when the table's literal type is unknown). */
export type PaginatedPath<Paths extends {}, Ops> =
  WideTable<Ops> extends true
    ? GetPaths<Paths>
    : Extract<Get<Extract<OperationOf<Ops>, { readonly method: "get"; readonly pagination: { readonly style: string } }>, "path">, GetPaths<Paths>>;

export type PaginateInit<Paths, P> = NonNullable<MaybeOptionalInit<Get<Paths, P>, "get" & keyof Get<Paths, P>>> & CallOptions;

/** One page: the GET operation's success body. */
export type PageOf<Paths, P> = SuccessBody<Get<Get<Paths, P>, "get">>;

type ItemsPointer<Ops, P> = Get<Extract<OperationOf<Ops>, { readonly path: P; readonly method: "get" }>, "pagination">;

/** One item: an element of the array found at the table's `pagination.items` pointer in a page. */
export type ItemOf<Paths, Ops, P> =
  ItemsPointer<Ops, P> extends { readonly items: infer Pointer extends string }
    ? PointerValue<PageOf<Paths, P>, Pointer> extends infer Items
      ? Exclude<Items, undefined | null> extends readonly (infer Item)[]
        ? Item
        : unknown
      : unknown
    : unknown;

type StreamingOperation<Ops> = Extract<OperationOf<Ops>, { readonly streaming: true }>;

/** Paths with a `text/event-stream` operation. */
export type StreamPath<Paths, Ops> = WideTable<Ops> extends true ? keyof Paths & string : Extract<Get<StreamingOperation<Ops>, "path">, keyof Paths>;

type DefinedMethods<PathItem> = { [M in keyof PathItem & HttpMethod]: PathItem[M] extends undefined ? never : M }[keyof PathItem & HttpMethod];

type StreamMethod<Paths, Ops, P> = WideTable<Ops> extends true
  ? DefinedMethods<Get<Paths, P>>
  : Get<Extract<StreamingOperation<Ops>, { readonly path: P }>, "method"> & keyof Get<Paths, P>;

export type StreamInit<Paths, Ops, P> = NonNullable<MaybeOptionalInit<Get<Paths, P>, StreamMethod<Paths, Ops, P>>> & CallOptions & StreamOptions;

/**
 * An event typed by the operation's `text/event-stream` schema. A `string` alternative (a spec describing the raw
 * wire text for mock servers) is dropped: `stream()` always yields parsed event objects.
 */
export type StreamEvent<Paths, Ops, P> = WideTable<Ops> extends true
  ? SseEvent
  : Exclude<SuccessBody<Get<Get<Paths, P>, StreamMethod<Paths, Ops, P>>, "text/event-stream">, string>;

/** The type parameters a client was made with, for the standalone helpers to read. Never set at run time. */
export interface VendorTypes<Paths extends {}, Ops extends OperationTable, Spec extends SpecInfo> {
  readonly paths: Paths;
  readonly operations: Ops;
  readonly spec: Spec;
}

/** openapi-fetch's typed client plus what every vendor client shares. */
export type VendorClient<Paths extends {}, Ops extends OperationTable = OperationTable, Spec extends SpecInfo = SpecInfo> = Client<Paths> & {
  /**
   * Awaits an openapi-fetch result. On success returns the payload (at the spec's envelope `data` pointer when there
   * is one); on an HTTP error throws an {@link ApiError}.
   */
  unwrap<Result extends { readonly response: Response }>(result: Promise<Result>): Promise<Unwrapped<Result, Spec>>;
  /** The last rate-limit state the API reported, if any. */
  readonly rateLimit: RateLimitState | undefined;
  /** Type-only: what `paginate`, `pages` and `stream` infer paths and the operation table from. */
  readonly "~types"?: VendorTypes<Paths, Ops, Spec>;
};

/** A vendor client as the standalone helpers accept it: they infer its paths and operation table. */
export interface TypedClient<Paths extends {}, Ops extends OperationTable> {
  readonly "~types"?: VendorTypes<Paths, Ops, SpecInfo>;
}
