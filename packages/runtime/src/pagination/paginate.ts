import type { ItemOf, InitArgs, PageOf, PaginateInit, PaginatedPath, TypedClient } from "../client/client-types.js";
import type { OperationTable } from "../operations/operation-info.js";
import { internalsOf, type CallInit } from "../client/client-internals.js";
import { VendorSdkError } from "../errors/errors.js";
import { walkPages, type WalkedPage } from "./walk-pages.js";

/** Every item of a paginated list (`x-pagination`), fetching pages as the iteration needs them. */
export function paginate<Paths extends {}, Ops extends OperationTable, P extends string>(
  client: TypedClient<Paths, Ops>,
  // `P extends string` plus this intersection keeps the literal path; a constraint on P itself widens it to the union.
  path: P & PaginatedPath<Paths, Ops>,
  ...init: InitArgs<PaginateInit<Paths, P>>
): AsyncIterable<ItemOf<Paths, Ops, P>> {
  const walk = walker(client, "paginate", String(path), init[0] as CallInit | undefined);
  return (async function* () {
    for await (const page of walk()) yield* page.items;
  })() as AsyncIterable<ItemOf<Paths, Ops, P>>;
}

/** Every page (success body) of a paginated list. */
export function pages<Paths extends {}, Ops extends OperationTable, P extends string>(
  client: TypedClient<Paths, Ops>,
  path: P & PaginatedPath<Paths, Ops>,
  ...init: InitArgs<PaginateInit<Paths, P>>
): AsyncIterable<PageOf<Paths, P>> {
  const walk = walker(client, "pages", String(path), init[0] as CallInit | undefined);
  return (async function* () {
    for await (const page of walk()) yield page.body;
  })() as AsyncIterable<PageOf<Paths, P>>;
}

/** Checks the path at once (not on the first `next()`), then walks its pages through the client. */
function walker(client: unknown, helper: string, path: string, init: CallInit | undefined): () => AsyncGenerator<WalkedPage> {
  const internals = internalsOf(client, helper);
  const pagination = internals.routes.get(`GET ${path}`)?.pagination;
  if (!pagination) throw new VendorSdkError(`GET ${path} is not paginated (its spec operation has no x-pagination).`);
  const params = (init?.params ?? {}) as Record<string, unknown>;
  return () =>
    walkPages(pagination, { ...(params.query as Record<string, unknown> | undefined) }, async (query) => {
      const result = await internals.send("GET", path, { ...init, params: { ...params, query } });
      if (!result.response.ok) throw internals.toApiError(result);
      return { body: result.data, headers: result.response.headers };
    });
}
