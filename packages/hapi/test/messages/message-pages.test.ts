import { afterEach, describe, expect, it } from "vitest";
import { createHapiClient, MessageHistoryChangedError, messagePages, messages } from "../../src/index.js";
import { FakeAuth } from "../support/fake-auth.js";
import { FakeHistory } from "../support/fake-history.js";
import { startHubServer, type HubServer } from "../support/hub-server.js";

const ACCESS_TOKEN = "s3cret-access-token-value";
const SID = "5f0c9b8e-3d2a-4c71-9e6f-2b8a7d4c1e90";

let server: HubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(history: FakeHistory, onPage: (n: number) => void = () => {}) {
  const auth = new FakeAuth(ACCESS_TOKEN);
  let pages = 0;
  server = await startHubServer((req) => {
    const early = auth.exchange(req) ?? auth.reject(req);
    if (early) return early;
    if (req.url.pathname !== `/api/sessions/${SID}/messages`) return { status: 404, text: "404 Not Found" };
    onPage(++pages);
    return history.answer(req);
  });
  return { client: createHapiClient({ accessToken: ACCESS_TOKEN, baseUrl: server.baseUrl }), server };
}
const queries = (s: HubServer) => s.requests.filter((r) => r.url.pathname.endsWith("/messages")).map((r) => Object.fromEntries(r.url.searchParams));
const ids = async (it: AsyncIterable<{ id: string }>) => {
  const out: string[] = [];
  for await (const m of it) out.push(m.id);
  return out;
};

describe("message paging helpers", () => {
  it("walks back from the latest page, newest first, with paired before cursors", async () => {
    const { client, server: s } = await setup(new FakeHistory(5));

    expect(await ids(messages(client, SID, { pageSize: 2 }))).toEqual(["m5", "m4", "m3", "m2", "m1"]);
    expect(queries(s)).toEqual([
      { limit: "2" },
      { limit: "2", beforeSeq: "4", beforeAt: String(1787391000000 + 4000) },
      { limit: "2", beforeSeq: "2", beforeAt: String(1787391000000 + 2000) },
    ]);
  });

  it("walks forward oldest first and stops at the head seen when it started", async () => {
    const history = new FakeHistory(5);
    const { client, server: s } = await setup(history, () => history.append()); // a message arrives with every page

    expect(await ids(messages(client, SID, { direction: "newer", pageSize: 2 }))).toEqual(["m1", "m2", "m3", "m4", "m5", "m6"]);
    const [first, second] = queries(s);
    expect(first).toEqual({ limit: "2", afterSeq: "1", afterAt: "0" });
    expect(second).toMatchObject({ afterSeq: "2", epoch: "0", untilSeq: "6" });
  });

  it("continues forward from a cursor the caller kept", async () => {
    const { client } = await setup(new FakeHistory(4));
    const from = { seq: 2, at: 1787391000000 + 2000 };
    expect(await ids(messages(client, SID, { direction: "newer", from, epoch: 0 }))).toEqual(["m3", "m4"]);
  });

  it("throws when the history is rewritten while walking back", async () => {
    const history = new FakeHistory(5);
    const { client } = await setup(history, (n) => {
      if (n === 2) history.epoch = 1;
    });
    await expect(ids(messages(client, SID, { pageSize: 2 }))).rejects.toBeInstanceOf(MessageHistoryChangedError);
  });

  it("throws when a forward walk's epoch is stale (the hub resets)", async () => {
    const history = new FakeHistory(3);
    history.epoch = 4;
    const { client } = await setup(history);
    const error = await ids(messages(client, SID, { direction: "newer", from: { seq: 1, at: 1787391001000 }, epoch: 3 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageHistoryChangedError);
    expect((error as MessageHistoryChangedError).page).toMatchObject({ reset: true, epoch: 4 });
  });

  it("yields pages with their paging state", async () => {
    const { client } = await setup(new FakeHistory(3));
    const pages = [];
    for await (const page of messagePages(client, SID, { pageSize: 2 })) pages.push(page.page.hasMore);
    expect(pages).toEqual([true, false]);
  });
});
