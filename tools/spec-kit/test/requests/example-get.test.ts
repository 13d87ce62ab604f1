import { describe, expect, it } from "vitest";
import { firstExampleGet, successExample } from "../../src/requests/example-get.ts";
import { bundleSpec } from "../../src/spec/bundle.ts";
import { getAtPointer } from "../../src/spec/json-pointer.ts";
import { findRepoRoot } from "../../src/workspace/repo-root.ts";
import { listVendors } from "../../src/workspace/vendors.ts";

const json = (media: object) => ({ description: "OK", content: { "application/json": media } });
const idParam = (example?: string) => ({ name: "id", in: "path", required: true, schema: { type: "string", ...(example ? { example } : {}) } });

/** Hana's shape: the envelope's payload is at `/content`, the examples are shared components. */
const doc = {
  openapi: "3.1.0",
  security: [{ key: [] }],
  "x-envelope": { data: "/content" },
  paths: {
    "/health": { get: { operationId: "getHealth", security: [{}], responses: { "200": json({ example: { ok: true } }) } } },
    "/events": { get: { operationId: "streamEvents", responses: { "200": { description: "OK", content: { "text/event-stream": { schema: { type: "string" } } } } } } },
    "/search": {
      get: {
        operationId: "search",
        parameters: [{ name: "q", in: "query", required: true, schema: { type: "string", example: "bots" } }],
        responses: { "200": json({ example: { success: true, content: [] } }) },
      },
    },
    "/things/{id}": { get: { operationId: "getThing", parameters: [idParam()], responses: { "200": json({}) } } },
    "/bots/{id}": {
      get: {
        operationId: "getBot",
        parameters: [idParam("b1")],
        responses: { "202": json({ example: { wrong: "lowest 2xx wins" } }), "201": { $ref: "#/components/responses/BotCreated" } },
      },
    },
  },
  components: {
    responses: { BotCreated: json({ examples: { current: { $ref: "#/components/examples/Bot" }, legacy: { value: { old: true } } } }) },
    examples: { Bot: { value: { success: true, content: { id: "b1" } } } },
  },
};

describe("firstExampleGet", () => {
  it("prefers a secured JSON GET whose required parameters have examples, in spec order", () => {
    expect(firstExampleGet(doc)).toMatchObject({ operation: { operationId: "search" }, request: { params: { query: { q: "bots" } } } });
  });

  it("withoutQuery skips an operation that needs a query parameter", () => {
    expect(firstExampleGet(doc, { withoutQuery: true })).toMatchObject({ operation: { operationId: "getBot" }, request: { params: { path: { id: "b1" } } } });
  });

  it("falls back to a public GET unless securedOnly", () => {
    const publicOnly = { ...doc, paths: { "/health": doc.paths["/health"], "/things/{id}": doc.paths["/things/{id}"] } };
    expect(firstExampleGet(publicOnly)?.operation.operationId).toBe("getHealth");
    expect(firstExampleGet(publicOnly, { securedOnly: true })).toBeUndefined();
  });
});

describe("successExample", () => {
  it("is the lowest 2xx response's first example, through shared responses and examples", () => {
    const get = firstExampleGet(doc, { withoutQuery: true });
    expect(get && successExample(doc, get.operation)).toEqual({ status: 201, contentType: "application/json", body: { success: true, content: { id: "b1" } } });
  });

  it("is undefined when the success response shows no example", () => {
    const noExample = { ...doc, paths: { "/things/{id}": { get: { ...doc.paths["/things/{id}"].get, parameters: [idParam("t1")] } } } };
    const get = firstExampleGet(noExample);
    expect(get?.operation.operationId).toBe("getThing");
    expect(get && successExample(noExample, get.operation)).toBeUndefined();
  });

  // The bench's loopback answers with this example: it must carry each vendor's envelope payload for `unwrap` to find.
  const root = findRepoRoot();
  it.each(listVendors(root).map((v) => [v.name, v] as const))("%s: the bench target's example holds the x-envelope payload", async (_name, vendor) => {
    const { document } = await bundleSpec(vendor, root);
    const get = firstExampleGet(document, { securedOnly: true, withoutQuery: true });
    expect(get).toBeDefined();
    const answer = get && successExample(document, get.operation);
    expect(answer?.status).toBe(get?.operation.successStatus);
    const data = (document["x-envelope"] as { data?: string } | undefined)?.data;
    expect(data === undefined ? answer?.body : getAtPointer(answer?.body, data)).toBeDefined();
  });
});
