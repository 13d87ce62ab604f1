import { readPointer } from "../json-pointer/read-pointer.js";
import type { PaginationInfo } from "../operations/operation-info.js";

export interface FetchedPage {
  readonly body: unknown;
  readonly headers: Headers;
}

export interface WalkedPage extends FetchedPage {
  readonly items: readonly unknown[];
}

/** Fetches one page given the full query for it. */
export type PageFetcher = (query: Record<string, unknown>) => Promise<FetchedPage>;

/**
 * Requests pages as the spec's `x-pagination` describes, starting from the caller's query, until a page is empty,
 * shorter than requested, the reported total is reached, there is no new cursor, or the `maxWindow` cap is hit. Page
 * sizes are kept within the spec's `maxLimit`/`maxPerPage`.
 * One loop serves all styles: a position (offset, page number or cursor) and a page size.
 */
export async function* walkPages(p: PaginationInfo, query: Record<string, unknown>, fetchPage: PageFetcher): AsyncGenerator<WalkedPage> {
  const sizeParam = p.style === "page" ? p.perPageParam : p.limitParam;
  const positionParam = p.style === "offset" ? p.offsetParam : p.style === "page" ? p.pageParam : p.cursorParam;
  const asked = toNumber(sizeParam && query[sizeParam]) ?? (p.style === "offset" ? p.defaultLimit : p.style === "page" ? p.defaultPerPage : undefined);
  // A page size above the spec's maximum would be rejected (or silently cut, breaking the short-page rule).
  const cap = p.style === "offset" ? p.maxLimit : p.style === "page" ? p.maxPerPage : undefined;
  const size = asked !== undefined && cap !== undefined ? Math.min(asked, cap) : asked;
  let position = positionParam ? query[positionParam] : undefined;
  if (p.style !== "cursor") position = toNumber(position) ?? (p.style === "page" ? p.firstPage : 0);
  // Items before the next page, to compare with a reported total.
  let seen = p.style === "page" ? ((position as number) - p.firstPage) * (size ?? 0) : p.style === "offset" ? (position as number) : 0;
  for (;;) {
    let requested = size;
    if (p.style === "offset" && p.maxWindow !== undefined && requested !== undefined) {
      requested = Math.min(requested, p.maxWindow - seen);
      if (requested <= 0) return;
    }
    const next = { ...query };
    if (sizeParam && requested !== undefined) next[sizeParam] = requested;
    if (positionParam && position !== undefined) next[positionParam] = position;
    const page = await fetchPage(next);
    const found = readPointer(page.body, p.items);
    const items = Array.isArray(found) ? found : [];
    yield { ...page, items };
    seen += items.length;
    if (!positionParam || items.length === 0) return;
    if (p.style === "cursor") {
      const cursor = readPointer(page.body, p.nextCursor);
      // A repeated cursor would loop forever; treat it as the end.
      if (cursor === undefined || cursor === null || cursor === "" || cursor === position) return;
      position = cursor;
      continue;
    }
    if (requested !== undefined && items.length < requested) return;
    const total = p.total && toNumber("header" in p.total ? page.headers.get(p.total.header) : readPointer(page.body, p.total.pointer));
    if (total !== undefined && seen >= total) return;
    position = p.style === "page" ? (position as number) + 1 : seen;
  }
}

function toNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  const n = Number(value);
  return Number.isFinite(n) ? n : undefined;
}
