import { describe, expect, it } from "vitest";
import { paginate } from "../../src/state/paginate.js";

const items = ["a", "b", "c", "d", "e"];

describe("paginate", () => {
  it("pages by limit/offset with the spec's default and maximum, the total in the named header", () => {
    const pagination = { style: "offset", limitParam: "limit", offsetParam: "offset", items: "/data", total: { header: "X-Total-Count" }, defaultLimit: 2, maxLimit: 3 };
    expect(paginate(items, pagination, {}, { data: [] })).toEqual({ items: ["a", "b"], body: { data: [] }, headers: { "x-total-count": "5" } });
    expect(paginate(items, pagination, { limit: "10", offset: "3" }, {}).items).toEqual(["d", "e"]);
    expect(paginate(items, pagination, { limit: "10" }, {}).items).toEqual(["a", "b", "c"]); // maxLimit
  });

  it("pages by page/per_page from the first page number, the total at a body pointer", () => {
    const pagination = { style: "page", pageParam: "page", perPageParam: "per_page", firstPage: 1, items: "/content/data", total: { pointer: "/content/totalCount" } };
    const page = paginate(items, pagination, { page: "2", per_page: "2" }, { content: { data: [], totalCount: 0 } });
    expect(page.items).toEqual(["c", "d"]);
    expect(page.body).toEqual({ content: { data: [], totalCount: 5 } });
  });

  it("pages by cursor (the next item's offset as text), null after the last page", () => {
    const pagination = { style: "cursor", cursorParam: "cursor", nextCursor: "/nextCursor", limitParam: "limit", items: "/items" };
    const first = paginate(items, pagination, { limit: "3" }, { items: [], nextCursor: "abc" });
    expect(first).toMatchObject({ items: ["a", "b", "c"], body: { nextCursor: "3" } });
    expect(paginate(items, pagination, { limit: "3", cursor: "3" }, { nextCursor: "abc" })).toMatchObject({ items: ["d", "e"], body: { nextCursor: null } });
  });

  it("answers every item when the operation has no x-pagination", () => {
    expect(paginate(items, undefined, { limit: "1" }, {}).items).toEqual(items);
  });
});
