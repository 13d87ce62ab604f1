import { afterEach, describe, expect, it } from "vitest";
import type { MockEngine } from "@vendor-sdks/mock-engine";
import { startVendorServer, type VendorServer } from "../../src/server/start-vendor-server.js";

const servers: VendorServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

async function start(): Promise<VendorServer> {
  const server = await startVendorServer({ vendor: "acme", host: "127.0.0.1", port: 0, maxBodyBytes: 1024, requestTimeoutMs: 5_000, verbose: false });
  servers.push(server);
  return server;
}

// An engine that answers every request with what it was given, to see what the server hands over.
const echo: MockEngine = {
  errorResponse: (status, message) => ({ status, headers: { "content-type": "application/json" }, body: JSON.stringify({ error: message }) }),
  handle: async (request) => ({ status: 200, headers: { "content-type": "application/json" }, body: JSON.stringify(request) }),
};

describe("startVendorServer", () => {
  it("answers 503 with Retry-After until the vendor's engine is ready, then serves it", async () => {
    const server = await start();
    const early = await fetch(`http://127.0.0.1:${server.port}/bots`);
    expect(early.status).toBe(503);
    expect(early.headers.get("retry-after")).toBe("1");
    server.serve(echo);
    const ready = await fetch(`http://127.0.0.1:${server.port}/bots?a=1&a=2&b=x`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"n":1}' });
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ method: "POST", path: "/bots", query: { a: ["1", "2"], b: "x" }, body: { n: 1 } });
  });

  it("answers an oversized body with 413 and malformed JSON with 400, in the engine's error shape, before the engine sees them", async () => {
    const server = await start();
    server.serve(echo);
    const big = await fetch(`http://127.0.0.1:${server.port}/bots`, { method: "POST", body: "x".repeat(2048) });
    expect(big.status).toBe(413);
    expect(await big.json()).toEqual({ error: "Request body is 2048 bytes; the mock accepts at most 1024 bytes." });
    const bad = await fetch(`http://127.0.0.1:${server.port}/bots`, { method: "POST", headers: { "content-type": "application/json" }, body: "{" });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: expect.stringContaining("Request body is not valid JSON") });
  });

  it("answers 500 in the vendor's shape when the engine fails on a request, and keeps serving", async () => {
    const server = await start();
    let fail = true;
    server.serve({ ...echo, handle: async (request) => (fail ? Promise.reject(new Error("boom")) : echo.handle(request)) });
    const failed = await fetch(`http://127.0.0.1:${server.port}/bots`);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toEqual({ error: "acme mock failed on this request: boom" });
    fail = false;
    expect((await fetch(`http://127.0.0.1:${server.port}/bots`)).status).toBe(200);
  });
});
