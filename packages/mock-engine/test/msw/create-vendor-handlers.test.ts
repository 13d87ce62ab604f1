import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createVendorHandlers } from "../../src/msw/index.js";
import { vendorDocument } from "../support/vendor-document.js";

const hania = vendorDocument("hania");
const hyponema = vendorDocument("hyponema");
const HANIA = "https://app.hania.ai/api/v1";
const HYPONEMA = "https://api.hyponema.ai";
const auth = { authorization: "Bearer msw-test-key" };

const server = setupServer(...createVendorHandlers(hania), ...createVendorHandlers(hyponema, { state: false }));
beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** The `event:` names of an SSE body, in order. */
function eventNames(text: string): string[] {
  return [...text.matchAll(/^event: ?(.*)$/gm)].map((m) => m[1] as string);
}

describe("createVendorHandlers", () => {
  it("answers a list operation at the spec's default server URL with its documented example", async () => {
    const response = await fetch(`${HANIA}/bots`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const body = (await response.json()) as { success: boolean; data: { name: string }[] };
    expect(body.success).toBe(true);
    expect(body.data[0]?.name).toBe("Support bot");
  });

  it("answers a request without its credential with the vendor's 401", async () => {
    const response = await fetch(`${HANIA}/bots`);
    expect(response.status).toBe(401);
    const body = (await response.json()) as { success: boolean; error: string };
    expect(body.success).toBe(false);
    expect(typeof body.error).toBe("string");
  });

  it("answers an invalid body with the vendor's error shape naming the violation", async () => {
    const response = await fetch(`${HANIA}/bots`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ temperature: "hot" }) });
    expect(response.status).toBe(422); // Prism's status for an invalid body the operation documents no 4xx for
    const body = (await response.json()) as { success: boolean; error: string };
    expect(body.success).toBe(false);
    expect(body.error).toMatch(/name/);
    expect(body.error).toMatch(/temperature/);
  });

  it("streams a POST text/event-stream answer through MSW as events, turn start to turn end", async () => {
    const response = await fetch(`${HYPONEMA}/sessions/s_1/messages`, {
      method: "POST",
      headers: { ...auth, "content-type": "application/json", accept: "text/event-stream" },
      body: JSON.stringify({ text: "Hello" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const events = eventNames(await response.text());
    expect(events[0]).toBe("turn_start");
    expect(events).toContain("token");
    expect(events.at(-1)).toBe("turn_end");
  });

  it("hands a paced stream over chunk by chunk, not buffered into one body", async () => {
    server.use(...createVendorHandlers(hyponema, { state: false, scenario: { streamDelay: 1 } }));
    const response = await fetch(`${HYPONEMA}/sessions/s_1/messages`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ text: "Hello there" }) });
    let reads = 0;
    let text = "";
    const decoder = new TextDecoder();
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    for (let read = await reader.read(); !read.done; read = await reader.read()) {
      reads++;
      text += decoder.decode(read.value, { stream: true });
    }
    expect(eventNames(text).length).toBeGreaterThanOrEqual(5);
    expect(reads).toBeGreaterThan(1);
  });

  it("routes a literal path before a templated one (/bots/discover is not /bots/{id})", async () => {
    const response = await fetch(`${HANIA}/bots/discover`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: "{}" });
    // whatever the engine answers for discoverBot, it is not getBot's 405/404 for a POST to /bots/{id}
    expect(response.status).not.toBe(405);
    expect(response.status).toBe(200); // discoverBot's documented success: a POST to /bots/{id} has none
  });

  it("applies the default scenario unless the request states its own Prefer", async () => {
    server.use(...createVendorHandlers(hania, { scenario: { code: 404 } }));
    expect((await fetch(`${HANIA}/bots/b1`, { headers: auth })).status).toBe(404);
    expect((await fetch(`${HANIA}/bots/b1`, { headers: { ...auth, prefer: "code=200" } })).status).toBe(200);
  });

  it("intercepts another base URL when given one, path prefix stripped before routing", async () => {
    server.use(...createVendorHandlers(hania, { baseUrl: "http://localhost:9999/proxy/hania" }));
    const response = await fetch("http://localhost:9999/proxy/hania/bots", { headers: auth });
    expect(response.status).toBe(200);
  });

  it("answers an override instead of the engine, with the documented content type", async () => {
    server.use(...createVendorHandlers(hania, { overrides: { getBot: { status: 200, body: { success: true, data: { id: "b9", name: "Overridden" } } } } }));
    const response = await fetch(`${HANIA}/bots/b9`, { headers: auth });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ success: true, data: { id: "b9", name: "Overridden" } });
  });

  it("serves the /__mock control routes under the base URL (a planned fault fails the next call)", async () => {
    server.use(...createVendorHandlers(hania));
    const planned = await fetch(`${HANIA}/__mock/faults`, { method: "POST", headers: { ...auth, "content-type": "application/json" }, body: JSON.stringify({ status: 503, count: 1 }) });
    expect(planned.status).toBe(201);
    expect((await fetch(`${HANIA}/bots`, { headers: auth })).status).toBe(503);
    expect((await fetch(`${HANIA}/bots`, { headers: auth })).status).toBe(200);
  });

  it("refuses a relative base URL outside a browser, saying what it needs", () => {
    expect(() => createVendorHandlers(hania, { baseUrl: "/api" })).toThrow(/baseUrl "\/api" is not an absolute URL/);
  });
});
