import type { ApiError } from "../errors/errors.js";
import { VendorSdkError } from "../errors/errors.js";
import type { OperationInfo } from "../operations/operation-info.js";
import type { VendorClientOptions } from "./create-vendor-client.js";
import type { FetchResult, RawInit } from "./openapi-fetch-adapter.js";
import type { CallOptions } from "./transport.js";

/** A call's init as the client's methods and helpers receive it: openapi-fetch's members plus our call options. */
export type CallInit = RawInit & CallOptions;

/**
 * What the standalone helpers (`paginate`, `pages`, `stream`) need from a client. Kept off the client object so
 * that a client alone does not pull pagination or SSE code into a browser bundle: only importing a helper does.
 */
export interface ClientInternals {
  /** Every operation of the table, keyed `METHOD /path` (method upper-case, path as in the spec). */
  readonly routes: ReadonlyMap<string, OperationInfo>;
  /** The options the client was made with: helpers read their client-wide settings there (`streamIdleTimeoutMs`). */
  readonly options: VendorClientOptions;
  /** Credentials sent so far: an error built from what the server sent must not show them. */
  readonly secrets: ReadonlySet<string>;
  send(method: string, path: string, init: CallInit | undefined): Promise<FetchResult>;
  toApiError(result: FetchResult): ApiError;
}

// A registered symbol, not a module-level WeakMap: a helper from a second copy of the runtime (two vendor packages
// resolving different runtime versions) still finds the internals of a client made by the first. Its name carries
// the shape's version: a helper and a client that disagree on the shape fail with a clear error, not a TypeError.
const INTERNALS = Symbol.for("@vendor-sdks/runtime/client-internals/2");
const FIRST_SHAPE = Symbol.for("@vendor-sdks/runtime/client-internals");

export function registerClient(client: object, internals: ClientInternals): void {
  Object.defineProperty(client, INTERNALS, { value: internals });
}

export function internalsOf(client: unknown, helper: string): ClientInternals {
  const found = typeof client === "object" && client !== null ? (client as Record<symbol, unknown>) : {};
  const internals = found[INTERNALS] as ClientInternals | undefined;
  if (internals) return internals;
  if (found[FIRST_SHAPE]) {
    throw new VendorSdkError(`${helper}() was given a client made by an older @vendor-sdks/runtime (before 0.2): use the helper its own vendor package exports, or align the runtime versions.`);
  }
  throw new VendorSdkError(`${helper}() needs a client made by a vendor package's create…Client() (or createVendorClient()).`);
}
