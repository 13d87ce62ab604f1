import { describe, expect, it } from "vitest";
import { ApiError, VendorSdkError, stream } from "../../src/index.js";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const serve = useTestServer();

describe("stream()", () => {
  it("yields typed events with JSON data parsed, written in pieces with pauses", async () => {
    const s = await serve(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      const text = 'event: token\nid: 1\ndata: {"text":"Hel"}\n\nevent: token\ndata: {"text":"lo"}\n\nevent: done\ndata: {"total":2}\n\n';
      for (let i = 0; i < text.length; i += 7) {
        res.write(text.slice(i, i + 7));
        // the pause after the first piece alone outlasts the 20 ms attempt timeout
        await new Promise((r) => setTimeout(r, i === 0 ? 100 : 1));
      }
      res.end();
    });
    // The per-attempt timeout is shorter than the stream: streams are exempt from it.
    const client = makeClient(s.url, { timeoutMs: 20 });
    const events = [];
    for await (const event of stream(client, "/chat", { body: { message: "hi" } })) events.push(event);
    expect(events).toEqual([
      { event: "token", data: { text: "Hel" }, id: "1" },
      { event: "token", data: { text: "lo" }, id: "1" },
      { event: "done", data: { total: 2 }, id: "1" },
    ]);
    expect(s.requests[0]!.method).toBe("POST");
    expect(s.requests[0]!.body).toBe('{"message":"hi"}');
  });

  it("ends cleanly when the caller aborts mid-stream", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('event: token\ndata: {"text":"a"}\n\n');
      // …and never ends.
    });
    const client = makeClient(s.url);
    const controller = new AbortController();
    const seen: string[] = [];
    for await (const event of stream(client, "/chat", { body: { message: "hi" }, signal: controller.signal })) {
      seen.push(event.event);
      setTimeout(() => controller.abort(), 10);
    }
    expect(seen).toEqual(["token"]);
  });

  it("throws an ApiError for an error status before the stream starts", async () => {
    const s = await serve((_req, res) => json(res, 402, { success: false, error: "Insufficient balance", code: "INSUFFICIENT_BALANCE" }));
    const client = makeClient(s.url);
    const run = async () => {
      for await (const _ of stream(client, "/chat", { body: { message: "hi" } })) void _;
    };
    await expect(run()).rejects.toSatisfy((e: unknown) => e instanceof ApiError && e.code === "INSUFFICIENT_BALANCE");
  });

  it("refuses a path without a streaming operation", () => {
    const client = makeClient("http://127.0.0.1:9");
    expect(() => stream(client, "/things" as never)).toThrow(VendorSdkError);
  });
});
