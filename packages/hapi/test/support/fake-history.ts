import type { MessagesResponse } from "../../src/index.js";
import type { RecordedRequest, Reply } from "./hub-server.js";

type Message = MessagesResponse["messages"][number];
interface Row {
  readonly seq: number;
  readonly at: number;
}
const cmp = (a: Row, b: Row) => (a.at !== b.at ? a.at - b.at : a.seq - b.seq);

/** A session's history with the hub's paging rules (hapi.md §6.7): paired cursors, snapshot heads, epochs. */
export class FakeHistory {
  epoch = 0;
  readonly rows: Row[] = [];

  constructor(count: number) {
    for (let i = 1; i <= count; i++) this.append();
  }

  append(): void {
    const seq = this.rows.length + 1;
    this.rows.push({ seq, at: 1787391000000 + seq * 1000 });
  }

  answer(req: RecordedRequest): Reply {
    const q = Object.fromEntries([...req.url.searchParams].map(([k, v]) => [k, Number(v)]));
    const limit = q.limit ?? 50;
    const sorted = [...this.rows].sort(cmp);
    const head = sorted.at(-1) ?? null;
    if (q.afterSeq !== undefined && q.afterAt !== undefined && !(q.epoch !== undefined && q.epoch !== this.epoch)) {
      const after = { seq: q.afterSeq, at: q.afterAt };
      const until = q.untilSeq !== undefined ? { seq: q.untilSeq, at: q.untilAt! } : head;
      const page = sorted.filter((r) => cmp(r, after) > 0 && until && cmp(r, until) <= 0).slice(0, limit);
      const last = page.at(-1) ?? after;
      return this.#reply(page, "after", limit, { nextAfter: last, snapshot: until, hasMore: !!until && cmp(last, until) < 0, reset: false });
    }
    const reset = q.afterSeq !== undefined; // stale epoch: latest page with reset
    const before = q.beforeSeq !== undefined ? { seq: q.beforeSeq, at: q.beforeAt! } : undefined;
    const older = before ? sorted.filter((r) => cmp(r, before) < 0) : sorted;
    const page = older.slice(-limit);
    const first = page[0];
    return this.#reply(page, before ? "before" : "latest", limit, { nextBefore: first, snapshot: head, hasMore: older.length > page.length, reset });
  }

  #reply(rows: Row[], direction: "latest" | "before" | "after", limit: number, p: { nextBefore?: Row; nextAfter?: Row; snapshot: Row | null; hasMore: boolean; reset: boolean }): Reply {
    const body: MessagesResponse = {
      messages: rows.map(toMessage),
      page: {
        direction,
        limit,
        epoch: this.epoch,
        reset: p.reset,
        nextBeforeSeq: p.nextBefore?.seq ?? null,
        nextBeforeAt: p.nextBefore?.at ?? null,
        nextAfterSeq: p.nextAfter?.seq ?? null,
        nextAfterAt: p.nextAfter?.at ?? null,
        snapshotHeadSeq: p.snapshot?.seq ?? null,
        snapshotHeadAt: p.snapshot?.at ?? null,
        hasMore: p.hasMore,
      },
    };
    return { status: 200, json: body };
  }
}

function toMessage(row: Row): Message {
  return { id: `m${row.seq}`, seq: row.seq, localId: null, content: { role: "agent", content: { type: "text", text: `#${row.seq}` } }, createdAt: row.at, invokedAt: null };
}
