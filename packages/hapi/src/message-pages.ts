import { VendorSdkError } from "@vendor-sdks/runtime";
import { MessageHistoryChangedError } from "./errors.js";
import type { HapiClient } from "./client.js";
import type { operations } from "./generated/schema.js";

type ListMessages = operations["listMessages"];
/** Query of `GET /api/sessions/{sessionId}/messages`. */
export type MessagesQuery = NonNullable<ListMessages["parameters"]["query"]>;
/** One page: `{messages, page}`. */
export type MessagesResponse = ListMessages["responses"][200]["content"]["application/json"];
export type DecryptedMessage = MessagesResponse["messages"][number];

/** A position in a session's history: `at` is `invokedAt ?? createdAt`, ties broken by `seq`. */
export interface MessageCursor {
  readonly seq: number;
  readonly at: number;
}

export interface MessagePagesOptions {
  /** `older` (default) walks back from the newest message; `newer` walks forward from `from`. */
  readonly direction?: "older" | "newer";
  /** Exclusive starting position. `older` defaults to the latest page; `newer` to the start of history. */
  readonly from?: MessageCursor;
  /** The epoch `from` belongs to (for `newer`); on a mismatch the hub resets and this throws. */
  readonly epoch?: number;
  /** Page size, 1..200; default 200. */
  readonly pageSize?: number;
  readonly signal?: AbortSignal;
}

/** Fetches one page; the client binds it to `GET /api/sessions/{sessionId}/messages`. */
export type FetchMessagesPage = (query: MessagesQuery, signal: AbortSignal | undefined) => Promise<MessagesResponse>;

// The hub's `afterSeq` starts at 1 and `afterAt` at 0: (0, 1) precedes every stored message.
const START_OF_HISTORY: MessageCursor = { seq: 1, at: 0 };

/**
 * Walks a session's pages with the hub's paired cursors. `older` follows `nextBefore*` from the latest page;
 * `newer` follows `nextAfter*` up to the newest message that existed when the walk began (so it ends even while
 * messages keep arriving). Throws {@link MessageHistoryChangedError} when the epoch changes mid-walk.
 */
export async function* walkMessagePages(fetchPage: FetchMessagesPage, options: MessagePagesOptions = {}): AsyncGenerator<MessagesResponse> {
  const limit = options.pageSize ?? 200;
  if (options.direction === "newer") {
    yield* newerPages(fetchPage, limit, options);
    return;
  }
  let query: MessagesQuery = options.from ? { limit, beforeSeq: options.from.seq, beforeAt: options.from.at } : { limit };
  let epoch: number | undefined;
  let previous: MessageCursor | undefined = options.from;
  for (;;) {
    const response = await fetchPage(query, options.signal);
    const { page } = response;
    if (epoch !== undefined && page.epoch !== epoch) throw new MessageHistoryChangedError(page);
    epoch = page.epoch;
    yield response;
    if (!page.hasMore || page.nextBeforeSeq === null || page.nextBeforeAt === null) return;
    const next = { seq: page.nextBeforeSeq, at: page.nextBeforeAt };
    if (previous && compare(next, previous) >= 0) throw stalled("nextBefore", next);
    previous = next;
    query = { limit, beforeSeq: next.seq, beforeAt: next.at };
  }
}

async function* newerPages(fetchPage: FetchMessagesPage, limit: number, options: MessagePagesOptions): AsyncGenerator<MessagesResponse> {
  let cursor = options.from ?? START_OF_HISTORY;
  let epoch = options.epoch;
  let until: MessageCursor | undefined;
  for (;;) {
    const query: MessagesQuery = {
      limit,
      afterSeq: cursor.seq,
      afterAt: cursor.at,
      ...(epoch !== undefined ? { epoch } : {}),
      ...(until ? { untilSeq: until.seq, untilAt: until.at } : {}),
    };
    const response = await fetchPage(query, options.signal);
    const { page } = response;
    if (page.reset || page.direction !== "after" || (epoch !== undefined && page.epoch !== epoch)) throw new MessageHistoryChangedError(page);
    epoch = page.epoch;
    // Pin the walk's end to the head seen first, so it terminates while new messages keep arriving.
    if (!until && page.snapshotHeadSeq !== null && page.snapshotHeadAt !== null) until = { seq: page.snapshotHeadSeq, at: page.snapshotHeadAt };
    yield response;
    if (!page.hasMore || page.nextAfterSeq === null || page.nextAfterAt === null) return;
    const next = { seq: page.nextAfterSeq, at: page.nextAfterAt };
    if (compare(next, cursor) <= 0) throw stalled("nextAfter", next);
    cursor = next;
  }
}

/**
 * Every message of a session, one at a time: newest first for `older`, oldest first for `newer`. A message that
 * shows up on two pages (queued messages ride along with the latest page) is yielded once.
 */
export async function* walkMessages(fetchPage: FetchMessagesPage, options: MessagePagesOptions = {}): AsyncGenerator<DecryptedMessage> {
  const seen = new Set<string>();
  for await (const { messages } of walkMessagePages(fetchPage, options)) {
    const ordered = options.direction === "newer" ? messages : [...messages].reverse();
    for (const message of ordered) {
      if (seen.has(message.id)) continue;
      seen.add(message.id);
      yield message;
    }
  }
}

function compare(a: MessageCursor, b: MessageCursor): number {
  return a.at !== b.at ? a.at - b.at : a.seq - b.seq;
}

function stalled(which: string, cursor: MessageCursor): VendorSdkError {
  return new VendorSdkError(`The hub's ${which} cursor (seq ${cursor.seq}, at ${cursor.at}) did not move past the previous one; stopping.`);
}

const pageFetcher =
  (client: HapiClient, sessionId: string): FetchMessagesPage =>
  (query, signal) =>
    client.unwrap(client.GET("/api/sessions/{sessionId}/messages", { params: { path: { sessionId }, query }, signal }));

/** A session's messages one by one: newest first by default, or oldest first with `direction: "newer"`. */
export function messages(client: HapiClient, sessionId: string, options?: MessagePagesOptions): AsyncGenerator<DecryptedMessage> {
  return walkMessages(pageFetcher(client, sessionId), options);
}

/** A session's message pages with their paging state. */
export function messagePages(client: HapiClient, sessionId: string, options?: MessagePagesOptions): AsyncGenerator<MessagesResponse> {
  return walkMessagePages(pageFetcher(client, sessionId), options);
}
