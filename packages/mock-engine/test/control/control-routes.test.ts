import { afterEach, describe, expect, it, vi } from "vitest";
import { answerFetch, createMockEngine, type MockEngine } from "../../src/index.js";
import { vendorDocument } from "../support/vendor-document.js";

const BASE = "http://mock.test";
let engine: MockEngine | undefined;
const hania = (): MockEngine => (engine ??= createMockEngine({ document: vendorDocument("hania") }));
const call = (path: string, init: RequestInit & { key?: string } = {}): Promise<Response> =>
  answerFetch(hania(), new Request(`${BASE}${path}`, { ...init, headers: { authorization: `Bearer ${init.key ?? "hania_sk_a"}`, ...(init.body ? { "content-type": "application/json" } : {}), ...(init.headers as Record<string, string> | undefined) } }));
const planFault = (plan: unknown, key?: string): Promise<Response> => call("/__mock/faults", { method: "POST", body: JSON.stringify(plan), ...(key ? { key } : {}) });

afterEach(() => {
  vi.useRealTimers();
});

describe("planned faults", () => {
  it("fails the next N calls with the status and the operation's documented error body, then succeeds", async () => {
    expect((await planFault({ status: 429, count: 2 })).status).toBe(201);
    for (let i = 0; i < 2; i++) {
      const failed = await call("/bots");
      expect(failed.status).toBe(429);
      // Hania documents Retry-After on its 429, so a planned 429 sends it
      expect(failed.headers.get("retry-after")).toBe("1");
      expect(await failed.json()).toMatchObject({ error: expect.any(String) });
    }
    expect((await call("/bots")).status).toBe(200);
  });

  it("sends the Retry-After the plan names, and fails only the named operation", async () => {
    await planFault({ status: 503, count: 1, retryAfter: 7, operationId: "createBot" }, "hania_sk_b");
    expect((await call("/bots", { key: "hania_sk_b" })).status).toBe(200);
    const failed = await call("/bots", { method: "POST", key: "hania_sk_b", body: JSON.stringify({ name: "x" }) });
    expect(failed.status).toBe(503);
    expect(failed.headers.get("retry-after")).toBe("7");
  });

  it("keeps one credential's faults away from another's calls", async () => {
    await planFault({ status: 500, count: 1 }, "hania_sk_c");
    expect((await call("/bots", { key: "hania_sk_d" })).status).toBe(200);
    expect((await call("/bots", { key: "hania_sk_c" })).status).toBe(500);
  });

  it("lists what is still planned and forgets it on reset", async () => {
    await planFault({ status: 502, count: 3 }, "hania_sk_e");
    const listed = (await (await call("/__mock/faults", { key: "hania_sk_e" })).json()) as { faults: { status: number; remaining: number }[] };
    expect(listed.faults).toEqual([expect.objectContaining({ status: 502, remaining: 3 })]);
    expect((await call("/__mock/reset", { method: "POST", key: "hania_sk_e" })).status).toBe(204);
    expect((await call("/bots", { key: "hania_sk_e" })).status).toBe(200);
  });

  it("refuses a malformed plan, saying which field is wrong", async () => {
    const answer = await planFault({ status: 200 });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain('\\"status\\" must be an HTTP error status (400–599), got 200.');
    const unknown = await planFault({ status: 500, operationId: "noSuchOperation" });
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain("noSuchOperation");
  });

  it("answers an unknown control route with 404 listing the routes", async () => {
    const answer = await call("/__mock/nothing", { method: "POST" });
    expect(answer.status).toBe(404);
    expect(JSON.stringify(await answer.json())).toContain("POST /__mock/reset");
  });
});

describe("Prefer: latency", () => {
  it("holds the answer for the requested time", async () => {
    hania();
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    let answered = false;
    const pending = call("/bots", { headers: { prefer: "latency=400" } }).then((r) => {
      answered = true;
      return r;
    });
    await vi.advanceTimersByTimeAsync(399);
    expect(answered).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it("rejects a malformed or excessive latency with a 400 naming it", async () => {
    const answer = await call("/bots", { headers: { prefer: "latency=soon" } });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(await answer.json())).toContain('Prefer latency must be a whole number of milliseconds, got \\"soon\\"');
    expect((await call("/bots", { headers: { prefer: "latency=600000" } })).status).toBe(400);
  });
});
