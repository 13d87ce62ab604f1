import { isObject } from "@vendor-sdks/spec-kit/spec/read-document";
import { withValueAt } from "./json-pointer.js";

/** One page of a stored list as the spec's `x-pagination` describes the operation's paging. */
export interface Page {
  readonly items: readonly unknown[];
  /** The body with the page's totals and next cursor written where `x-pagination` says. */
  readonly body: unknown;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The page of `items` the request asks for (`limit`/`offset`, `page`/`per_page` or a cursor, with the spec's defaults
 * and maxima), its total in the header or body member `x-pagination.total` names. The mock's cursor is the offset of
 * the next item, as text. Without `x-pagination` every item is one page.
 */
export function paginate(items: readonly unknown[], pagination: Readonly<Record<string, unknown>> | undefined, query: Readonly<Record<string, string | string[]>>, body: unknown): Page {
  if (!pagination) return { items, body, headers: {} };
  const number = (name: unknown): number | undefined => {
    const raw = typeof name === "string" ? query[name] : undefined;
    const value = Number(Array.isArray(raw) ? raw[0] : raw);
    return raw === undefined || !Number.isFinite(value) ? undefined : Math.max(0, Math.floor(value));
  };
  const numeric = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined);
  const max = numeric(pagination.maxLimit) ?? numeric(pagination.maxPerPage);
  const requested = pagination.style === "page" ? number(pagination.perPageParam) : number(pagination.limitParam);
  let limit = requested ?? numeric(pagination.defaultLimit) ?? numeric(pagination.defaultPerPage) ?? items.length;
  if (max !== undefined) limit = Math.min(limit, max);
  let offset = 0;
  if (pagination.style === "page") {
    const first = numeric(pagination.firstPage) ?? 1;
    offset = Math.max(0, ((number(pagination.pageParam) ?? first) - first) * limit);
  } else if (pagination.style === "cursor") offset = number(pagination.cursorParam) ?? 0;
  else offset = number(pagination.offsetParam) ?? 0;
  const page = items.slice(offset, offset + limit);
  let answer = body;
  const headers: Record<string, string> = {};
  const total = isObject(pagination.total) ? pagination.total : undefined;
  if (typeof total?.header === "string") headers[total.header.toLowerCase()] = String(items.length);
  if (typeof total?.pointer === "string") answer = withValueAt(answer, total.pointer, items.length);
  if (pagination.style === "cursor" && typeof pagination.nextCursor === "string") {
    answer = withValueAt(answer, pagination.nextCursor, offset + limit < items.length ? String(offset + limit) : null);
  }
  return { items: page, body: answer, headers };
}
