import { inspect } from "node:util";
import { describe, expect, it, onTestFinished, vi } from "vitest";
import { ApiError, type ApiErrorInit } from "../../src/index.js";
import { createVendorClient } from "../../src/internal.js";
import { API_KEY, operationTable, spec, type paths } from "../support/fixture-api.js";
import { json, useTestServer } from "../support/test-server.js";
import { definition, makeClient } from "../support/make-client.js";

const serve = useTestServer();

const params = { params: { path: { id: "t1" } } };

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.catch((e: unknown) => e);
  if (!(error instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(error)}`);
  return error;
}

describe("ApiError", () => {
  it("carries status, vendor message and code from the envelope, request id, headers and rate-limit state", async () => {
    const s = await serve((_req, res) =>
      json(res, 402, { success: false, error: "Plan limit reached", code: "PLAN_LIMIT_REACHED" }, {
        "X-Request-Id": "req_123",
        "X-RateLimit-Limit": "1000",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": "1767225600",
      }),
    );
    const client = makeClient(s.url);
    const error = await failure(client.unwrap(client.GET("/things/{id}", params)));
    expect(error.status).toBe(402);
    expect(error.message).toContain("Plan limit reached");
    expect(error.code).toBe("PLAN_LIMIT_REACHED");
    expect(error.body).toEqual({ success: false, error: "Plan limit reached", code: "PLAN_LIMIT_REACHED" });
    expect(error.requestId).toBe("req_123");
    expect(error.headers.get("x-request-id")).toBe("req_123");
    expect(error.rateLimit).toMatchObject({ limit: 1000, remaining: 0, reset: 1767225600 });
    expect(error.rateLimit?.resetAt?.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    expect(error.operationId).toBe("getThing");
    expect(error.method).toBe("GET");
    expect(error.url).toBe(`${s.url}/things/t1`);
    expect(client.rateLimit).toMatchObject({ limit: 1000, remaining: 0 });
  });

  it.each([404, 500])("reads a plain-text %i body without crashing", async (status) => {
    const s = await serve((_req, res) => {
      res.writeHead(status, { "content-type": "text/plain" });
      res.end("Not here, sorry");
    });
    const client = makeClient(s.url, { retries: 0 });
    const error = await failure(client.unwrap(client.GET("/things/{id}", params)));
    expect(error.status).toBe(status);
    expect(error.body).toBe("Not here, sorry");
    expect(error.message).toContain("Not here, sorry");
    expect(error.code).toBeUndefined();
  });

  it("handles an empty error body", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(404, { "content-length": "0" });
      res.end();
    });
    const client = makeClient(s.url);
    const error = await failure(client.unwrap(client.GET("/things/{id}", params)));
    expect(error.message).toContain("404 Not Found");
  });

  it("is built by the vendor's createError", async () => {
    class FixtureError extends ApiError {}
    const s = await serve((_req, res) => json(res, 404, { success: false, error: "Bot not found" }));
    const client = createVendorClient<paths, typeof operationTable, typeof spec>(
      { ...definition, createError: (init: ApiErrorInit) => new FixtureError(init) },
      { apiKey: API_KEY, baseUrl: s.url },
    );
    const error = await failure(client.unwrap(client.GET("/things/{id}", params)));
    expect(error).toBeInstanceOf(FixtureError);
    expect(error.name).toBe("FixtureError");
  });

  it("never shows the API key or the Authorization header, even when the server echoes them", async () => {
    const s = await serve((req, res) =>
      json(res, 401, { success: false, error: `Invalid key ${API_KEY}`, echo: { authorization: req.headers.authorization } }, { "X-Echo-Auth": String(req.headers.authorization) }),
    );
    const client = makeClient(s.url);
    const error = await failure(client.unwrap(client.GET("/things/{id}", { params: { path: { id: "t1" }, query: { token: API_KEY } as never } })));
    const forms = [error.message, String(error), error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10 }), inspect(error.headers)];
    for (const form of forms) {
      expect(form).not.toContain(API_KEY);
      expect(form).not.toContain(API_KEY.slice(6));
    }
    expect(error.message).toContain("Invalid key [redacted]");
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("keeps openapi-fetch's { data, error } result with the status-specific error body", async () => {
    const s = await serve((_req, res) => json(res, 404, { success: false, error: "gone" }));
    const client = makeClient(s.url);
    const { data, error } = await client.GET("/things/{id}", params);
    expect(data).toBeUndefined();
    expect(error).toEqual({ success: false, error: "gone" });
  });
});

describe("rate-limit state", () => {
  it("tracks the last seen headers on the client", async () => {
    let remaining = 10;
    const s = await serve((_req, res) =>
      json(res, 200, { success: true, data: { id: "t1", name: "x" } }, { "X-RateLimit-Limit": "10", "X-RateLimit-Remaining": String(--remaining), "X-RateLimit-Used": String(10 - remaining) }),
    );
    const client = makeClient(s.url);
    expect(client.rateLimit).toBeUndefined();
    await client.GET("/things/{id}", params);
    await client.GET("/things/{id}", params);
    expect(client.rateLimit).toEqual({ limit: 10, remaining: 8, used: 2 });
  });

  it("keeps the last reported state through responses that report none, and reads a reset as of its response", async () => {
    const s = await serve((_req, res, i) =>
      i === 0
        ? json(res, 200, { success: true, data: { id: "t1" } }, { "X-RateLimit-Remaining": "4", "X-RateLimit-Reset": "30" })
        : json(res, 200, { success: true, data: { id: "t1" } }),
    );
    const client = makeClient(s.url);
    // A fake clock that moves only when told: the first response comes at `first`, the second 5 s later, and
    // rateLimit is read 10 s after that.
    vi.useFakeTimers({ toFake: ["Date"] });
    onTestFinished(() => void vi.useRealTimers());
    const first = Date.now();
    await client.GET("/things/{id}", params);
    vi.setSystemTime(first + 5_000);
    await client.GET("/things/{id}", params);
    vi.setSystemTime(first + 15_000);
    const state = client.rateLimit;
    expect(state).toMatchObject({ remaining: 4, reset: 30 });
    // 30 s from when the first response came, not from the second one nor from when rateLimit was read
    expect(state?.resetAt?.getTime()).toBe(first + 30_000);
  });
});
