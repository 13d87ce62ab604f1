import { describe, expect, it } from "vitest";
import { ApiError, VendorSdkError, paginate, pages } from "../../src/index.js";
import type { Thing } from "../support/fixture-api.js";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const serve = useTestServer();

const ALL: Thing[] = Array.from({ length: 7 }, (_, i) => ({ id: `t${i}`, name: `thing ${i}` }));

function query(url: string): URLSearchParams {
  return new URL(url, "http://x").searchParams;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe("offset pagination", () => {
  it("walks limit/offset pages and stops at the reported total", async () => {
    const s = await serve((req, res) => {
      const q = query(req.url!);
      const offset = Number(q.get("offset"));
      const limit = Number(q.get("limit"));
      json(res, 200, { success: true, data: ALL.slice(offset, offset + limit) }, { "X-Total-Count": "4" });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/things"));
    expect(items.map((t) => t.id)).toEqual(["t0", "t1", "t2", "t3"]);
    expect(s.requests.map((r) => r.url)).toEqual(["/things?limit=2&offset=0", "/things?limit=2&offset=2"]);
  });

  it("never asks beyond the spec's maxWindow (limit + offset)", async () => {
    const s = await serve((req, res) => {
      const q = query(req.url!);
      const offset = Number(q.get("offset"));
      json(res, 200, { success: true, data: ALL.slice(offset, offset + Number(q.get("limit"))) });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/things"));
    // maxWindow is 5 in the fixture: pages 0-2, 2-4, then just 1 more.
    expect(items).toHaveLength(5);
    expect(s.requests.map((r) => r.url)).toEqual(["/things?limit=2&offset=0", "/things?limit=2&offset=2", "/things?limit=1&offset=4"]);
  });

  it("stops on an empty page and keeps the caller's query", async () => {
    const s = await serve((req, res) => {
      const offset = Number(query(req.url!).get("offset"));
      json(res, 200, { success: true, data: offset === 0 ? ALL.slice(0, 3) : [] });
    });
    const client = makeClient(s.url);
    // limit 3 differs from the spec's default (2), so the caller's value must be the one sent
    const bodies = await collect(pages(client, "/things", { params: { query: { limit: 3 } } }));
    expect(bodies.map((p) => p.data?.length)).toEqual([3, 0]);
    // (the second page shrinks to 2 to stay inside the fixture's maxWindow of 5)
    expect(s.requests.map((r) => r.url)).toEqual(["/things?limit=3&offset=0", "/things?limit=2&offset=3"]);
  });

  it("fetches a single page when the API pages by limit only", async () => {
    const s = await serve((_req, res) => json(res, 200, { success: true, data: ALL.slice(0, 3) }));
    const client = makeClient(s.url);
    expect(await collect(paginate(client, "/memories"))).toHaveLength(3);
    expect(s.requests.map((r) => r.url)).toEqual(["/memories?limit=3"]);
  });
});

describe("page pagination", () => {
  it("walks page/per_page and stops at the total in the body", async () => {
    const s = await serve((req, res) => {
      const q = query(req.url!);
      const page = Number(q.get("page"));
      const per = Number(q.get("per_page"));
      json(res, 200, { content: { data: ALL.slice((page - 1) * per, page * per), totalCount: 6 } });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/pages"));
    expect(items.map((t) => t.id)).toEqual(["t0", "t1", "t2", "t3", "t4", "t5"]);
    expect(s.requests).toHaveLength(3);
  });

  it("stops on a short page", async () => {
    const s = await serve((req, res) => {
      const page = Number(query(req.url!).get("page"));
      json(res, 200, { content: { data: ALL.slice((page - 1) * 3, page * 3), totalCount: 100 } });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/pages", { params: { query: { per_page: 3 } } }));
    expect(items).toHaveLength(7);
    expect(s.requests).toHaveLength(3);
  });

  it("keeps a requested page size within the spec's maxPerPage", async () => {
    const s = await serve((req, res) => {
      const q = query(req.url!);
      const size = Number(q.get("per_page"));
      const page = Number(q.get("page"));
      json(res, 200, { content: { data: ALL.slice((page - 1) * size, page * size), totalCount: ALL.length } });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/pages", { params: { query: { per_page: 50 } } }));
    expect(items).toHaveLength(7);
    expect(s.requests.map((r) => query(r.url).get("per_page"))).toEqual(["3", "3", "3"]);
  });
});

describe("cursor pagination", () => {
  it("follows the next cursor until it is null", async () => {
    const s = await serve((req, res) => {
      const cursor = query(req.url!).get("cursor");
      const start = cursor ? Number(cursor) : 0;
      const next = start + 3 < ALL.length ? String(start + 3) : null;
      json(res, 200, { items: ALL.slice(start, start + 3), nextCursor: next });
    });
    const client = makeClient(s.url);
    const items = await collect(paginate(client, "/feed"));
    expect(items).toHaveLength(7);
    expect(s.requests.map((r) => r.url)).toEqual(["/feed", "/feed?cursor=3", "/feed?cursor=6"]);
  });
});

describe("pagination errors", () => {
  it("refuses a path that is not paginated, before sending anything", () => {
    const client = makeClient("http://127.0.0.1:9");
    expect(() => paginate(client, "/health" as never)).toThrow(VendorSdkError);
    expect(() => pages(client, "/health" as never)).toThrow(/not paginated/);
  });

  it("names what is wrong when given something that is not a client", () => {
    expect(() => paginate({ GET: () => undefined } as never, "/things" as never)).toThrow(/paginate\(\) needs a client made by/);
  });

  it("throws the ApiError of a failed page", async () => {
    const s = await serve((_req, res) => json(res, 401, { success: false, error: "Unauthorized" }));
    const client = makeClient(s.url);
    await expect(collect(paginate(client, "/things"))).rejects.toBeInstanceOf(ApiError);
  });
});
