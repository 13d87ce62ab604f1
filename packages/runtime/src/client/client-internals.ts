import type { ApiError } from "../errors/errors.js";
import { VendorSdkError } from "../errors/errors.js";
import type { OperationInfo } from "../operations/operation-info.js";
import type { CallOptions } from "./transport.js";

export interface LooseResult {
  readonly data?: unknown;
  readonly error?: unknown;
  readonly response: Response;
}

export type LooseInit = Record<string, unknown> & CallOptions;

/**
 * What the standalone helpers (`paginate`, `pages`, `stream`) need from a client. Kept off the client object so
 * that a client alone does not pull pagination or SSE code into a browser bundle: only importing a helper does.
 */
export interface ClientInternals {
  /** The operation behind `METHOD /path` (method upper-case, path as in the spec). */
  operation(method: string, path: string): OperationInfo | undefined;
  /** The `text/event-stream` operation of a path, if any. */
  streamingOperation(path: string): OperationInfo | undefined;
  send(method: string, path: string, init: LooseInit | undefined): Promise<LooseResult>;
  toApiError(result: LooseResult): ApiError;
}

// A registered symbol, not a module-level WeakMap: a helper from a second copy of the runtime (two vendor packages
// resolving different runtime versions) still finds the internals of a client made by the first.
const INTERNALS = Symbol.for("@vendor-sdks/runtime/client-internals");

export function registerClient(client: object, internals: ClientInternals): void {
  Object.defineProperty(client, INTERNALS, { value: internals });
}

export function internalsOf(client: unknown, helper: string): ClientInternals {
  const internals = typeof client === "object" && client !== null ? (client as { [INTERNALS]?: ClientInternals })[INTERNALS] : undefined;
  if (!internals) throw new VendorSdkError(`${helper}() needs a client made by a vendor package's create…Client() (or createVendorClient()).`);
  return internals;
}
