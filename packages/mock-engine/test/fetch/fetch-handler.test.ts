import { describe, expect, it } from "vitest";
import { answerFetch } from "../../src/fetch/fetch-handler.js";
import type { MockEngine } from "../../src/engine/mock-engine.js";
import type { MockRequest, MockResponse } from "../../src/engine/exchange.js";

/** An engine that echoes what it was handed, or streams three chunks for `/stream`. */
function echoEngine(seen: MockRequest[]): MockEngine {
  return {
    errorResponse: (status, message) => ({ status, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: message }) }),
    async handle(request): Promise<MockResponse> {
      seen.push(request);
      if (request.path === "/stream") {
        return { status: 200, headers: { "content-type": "text/event-stream" }, body: undefined, stream: (async function* () { yield "data: 1\n\n"; yield "data: 2\n\n"; yield "data: 3\n\n"; })() };
      }
      return { status: 200, headers: { "content-type": "application/json", "content-length": "999" }, body: JSON.stringify({ path: request.path, query: request.query, body: request.body }) };
    },
  };
}

describe("answerFetch", () => {
  it("hands the engine the path under the base path, the query, lower-case headers and the parsed JSON body", async () => {
    const seen: MockRequest[] = [];
    const response = await answerFetch(echoEngine(seen), new Request("https://api.example/v1/bots?a=1&a=2&b=x", { method: "POST", headers: { "Content-Type": "application/json", "X-Key": "k" }, body: '{"n":1}' }), "/v1");
    expect(await response.json()).toEqual({ path: "/bots", query: { a: ["1", "2"], b: "x" }, body: { n: 1 } });
    expect(seen[0]?.headers["x-key"]).toBe("k");
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it("answers malformed JSON with a 400 in the engine's error shape, without calling the engine", async () => {
    const seen: MockRequest[] = [];
    const response = await answerFetch(echoEngine(seen), new Request("https://api.example/bots", { method: "POST", headers: { "content-type": "application/json" }, body: '{"name":' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toMatch(/^Request body is not valid JSON: .* \(line 1, column \d+\)\.$/);
    expect(seen).toEqual([]);
  });

  it("streams an event-stream answer chunk by chunk", async () => {
    const response = await answerFetch(echoEngine([]), new Request("https://api.example/stream"));
    const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
    const chunks: string[] = [];
    for (let next = await reader.read(); !next.done; next = await reader.read()) chunks.push(next.value);
    expect(chunks).toEqual(["data: 1\n\n", "data: 2\n\n", "data: 3\n\n"]);
  });

  it("sends no body for HEAD and drops a stale content-length", async () => {
    const head = await answerFetch(echoEngine([]), new Request("https://api.example/bots", { method: "HEAD" }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
    const get = await answerFetch(echoEngine([]), new Request("https://api.example/bots"));
    expect(get.headers.get("content-length")).toBeNull();
  });
});
