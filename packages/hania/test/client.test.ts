import { afterEach, describe, expect, it, vi } from "vitest";
import { createHaniaClient, HaniaApiError, paginate, stream } from "../src/index.js";
import { sendJson, startRecordingServer, type RecordingServer } from "@vendor-sdks/test-doubles/recording-server";
import { specInfo } from "../src/generated/spec-info.js";

const KEY = "hania_sk_3f9a8c21d4e7b05f6a1c9e2d8b7401fa5c3e9d2b";
const BOT_ID = "b1f2c3d4-5678-90ab-cdef-1234567890ab";
let server: RecordingServer | undefined;

afterEach(async () => {
  vi.unstubAllEnvs();
  await server?.close();
  server = undefined;
});

describe("createHaniaClient", () => {
  it("reads HANIA_API_KEY when no apiKey is given, and sends it as a bearer token", async () => {
    vi.stubEnv("HANIA_API_KEY", KEY);
    server = await startRecordingServer((_req, res) => sendJson(res, 200, { success: true, data: { id: BOT_ID, name: "Support" } }));
    const hania = createHaniaClient({ baseUrl: server.origin });
    const bot = await hania.unwrap(hania.GET("/bots/{id}", { params: { path: { id: BOT_ID } } }));
    expect(bot?.name).toBe("Support");
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(server.requests[0]!.headers["user-agent"]).toMatch(/^@vendor-sdks\/hania\/\d+\.\d+\.\d+/);
  });

  it("defaults to the spec's base URL", async () => {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => Response.json({ success: true, data: [] }));
    const hania = createHaniaClient({ apiKey: KEY, fetch });
    await hania.GET("/bots");
    const [input] = fetch.mock.calls[0]!;
    expect(new Request(input).url).toBe(`${specInfo.defaultBaseUrl}/bots`);
  });

  it("fails before sending when there is no key, naming HANIA_API_KEY", async () => {
    vi.stubEnv("HANIA_API_KEY", "");
    const fetch = vi.fn<typeof globalThis.fetch>();
    const hania = createHaniaClient({ fetch });
    await expect(hania.GET("/bots")).rejects.toThrow(/HANIA_API_KEY/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it("throws HaniaApiError with the envelope's error and code, never the key", async () => {
    server = await startRecordingServer((_req, res) =>
      sendJson(res, 402, { success: false, error: "Plan limit reached", code: "PLAN_LIMIT_REACHED" }, { "X-RateLimit-Remaining": "41" }),
    );
    const hania = createHaniaClient({ apiKey: KEY, baseUrl: server.origin });
    const error = await hania.unwrap(hania.POST("/chat/send", { body: { bot_id: BOT_ID, message: "hi", new_conversation: false, agent_mode: false } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HaniaApiError);
    expect(error).toMatchObject({ status: 402, code: "PLAN_LIMIT_REACHED", operationId: "sendChatMessage", rateLimit: { remaining: 41 } });
    expect((error as HaniaApiError).message).toContain("Plan limit reached");
    expect(JSON.stringify(error) + String(error)).not.toContain(KEY);
    expect(hania.rateLimit?.remaining).toBe(41);
  });

  it("pages through conversations with limit/offset and stops at X-Total-Count", async () => {
    // The last page is full, so only the reported total can stop the walk (a short page would stop it on its own).
    const all = Array.from({ length: 4 }, (_, i) => ({ id: `c${i}` }));
    server = await startRecordingServer((req, res) => {
      const q = req.url.searchParams;
      const offset = Number(q.get("offset"));
      sendJson(res, 200, { success: true, data: all.slice(offset, offset + Number(q.get("limit"))) }, { "X-Total-Count": String(all.length) });
    });
    const hania = createHaniaClient({ apiKey: KEY, baseUrl: server.origin });
    const ids: (string | undefined)[] = [];
    for await (const conversation of paginate(hania, "/conversations", { params: { query: { limit: 2 } } })) ids.push(conversation.id);
    expect(ids).toEqual(["c0", "c1", "c2", "c3"]);
    // Two requests, not three: the second page came back full, so only X-Total-Count (4) told the walk to stop.
    expect(server.requests.map((r) => r.url.pathname + r.url.search)).toEqual([
      "/conversations?limit=2&offset=0",
      "/conversations?limit=2&offset=2",
    ]);
  });

  it("streams chat replies as events", async () => {
    server = await startRecordingServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.end('event: token\ndata: {"text":"Hi"}\n\ndata: plain text\n\n');
    });
    const hania = createHaniaClient({ apiKey: KEY, baseUrl: server.origin });
    const events = [];
    for await (const event of stream(hania, "/chat/send-stream", { body: { bot_id: BOT_ID, message: "hello", new_conversation: false, agent_mode: false } })) events.push(event);
    expect(events).toEqual([
      { event: "token", data: { text: "Hi" } },
      { event: "message", data: "plain text" },
    ]);
  });
});
