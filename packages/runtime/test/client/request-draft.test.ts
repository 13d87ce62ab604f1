import { describe, expect, it } from "vitest";
import { json, useTestServer } from "../support/test-server.js";
import { makeClient } from "../support/make-client.js";

const serve = useTestServer();
const params = { params: { path: { id: "t1" } } };

describe("what a call hands fetch()", () => {
  it("sends method, headers and body, and leaves out members that only restate fetch()'s defaults", async () => {
    const s = await serve((_req, res) => json(res, 200, { success: true, data: { id: "t1" } }));
    const inits: RequestInit[] = [];
    const client = makeClient(s.url, { fetch: (input, init) => (inits.push(init ?? {}), fetch(input, init)) });
    await client.POST("/things", { body: { name: "n" } as never });
    expect(Object.keys(inits[0]!).sort()).toEqual(["body", "headers", "method", "signal"]);
    expect(inits[0]!.method).toBe("POST");
    expect(s.requests[0]?.body).toBe('{"name":"n"}');
  });

  it("passes on fetch() options a call sets, such as redirect: 'manual'", async () => {
    const s = await serve((req, res) => {
      if (req.url.startsWith("/things/t1")) {
        res.writeHead(302, { location: "/things/t2" }).end();
      } else json(res, 200, { success: true, data: { id: "t2" } });
    });
    const client = makeClient(s.url);
    const manual = await client.GET("/things/{id}", { ...params, redirect: "manual" });
    expect(manual.response.status).toBe(302);
    const followed = await client.GET("/things/{id}", params);
    expect(followed.response.status).toBe(200);
    expect(s.requests.map((r) => r.url)).toEqual(["/things/t1", "/things/t1", "/things/t2"]);
  });
});
