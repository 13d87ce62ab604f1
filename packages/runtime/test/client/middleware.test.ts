import { describe, expect, it } from "vitest";
import type { Middleware } from "openapi-fetch";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const serve = useTestServer();
const params = { params: { path: { id: "t1" } } };
const ok = { success: true, data: { id: "t1", name: "one" } };

describe("openapi-fetch middleware", () => {
  it("gives client-wide middleware a real Request to change, and each response, retries included", async () => {
    const s = await serve((_req, res, i) => (i === 0 ? json(res, 503, {}) : json(res, 200, ok)));
    const client = makeClient(s.url);
    const statuses: number[] = [];
    const tracing: Middleware = {
      onRequest({ request }) {
        expect(request).toBeInstanceOf(Request);
        request.headers.set("X-Trace", "t-1");
        return request;
      },
      onResponse({ response }) {
        statuses.push(response.status);
      },
    };
    client.use(tracing);
    expect(await client.unwrap(client.GET("/things/{id}", params))).toEqual(ok.data);
    expect(s.requests.map((r) => r.headers["x-trace"])).toEqual(["t-1", "t-1"]);
    expect(statuses).toEqual([200]); // openapi-fetch sees the call's final response
    client.eject(tracing);
    await client.GET("/things/{id}", params);
    expect(s.requests[2]?.headers["x-trace"]).toBeUndefined();
  });

  it("runs per-call middleware on a real Request too", async () => {
    const s = await serve((_req, res) => json(res, 200, ok));
    const client = makeClient(s.url);
    const middleware: Middleware[] = [
      {
        onRequest({ request }) {
          expect(request).toBeInstanceOf(Request);
          return new Request(request, { headers: { ...Object.fromEntries(request.headers), "X-Call": "c-1" } });
        },
      },
    ];
    await client.GET("/things/{id}", { ...params, middleware } as never);
    expect(s.requests[0]?.headers["x-call"]).toBe("c-1");
    expect(s.requests[0]?.headers.authorization).toMatch(/^Bearer /);
  });
});
