import { describe, expect, it } from "vitest";
import { planCall } from "../../src/smoke/call-plan.ts";

const ok = (schema: object = { type: "object" }) => ({ "200": { description: "OK", content: { "application/json": { schema } } } });
const spec = (paths: object, security: object[] = [{ key: [] }]) => ({
  openapi: "3.1.0",
  security,
  components: { securitySchemes: { key: { type: "apiKey", in: "header", name: "X-Key" } } },
  paths,
});

describe("planCall", () => {
  it("prefers a GET that needs credentials over an earlier public one", () => {
    const doc = spec({ "/health": { get: { operationId: "getHealth", security: [], responses: ok() } }, "/things": { get: { operationId: "listThings", responses: ok() } } });
    expect(planCall("demo", "@vendor-sdks/demo", doc)).toMatchObject({ operationId: "listThings", path: "/things", factory: "createDemoClient", credentialOption: "apiKey" });
  });

  it("skips streams and operations whose required parameters have no example", () => {
    const doc = spec({
      "/events": { get: { operationId: "streamEvents", responses: { "200": { description: "OK", content: { "text/event-stream": { schema: { type: "string" } } } } } } },
      "/things/{id}": { get: { operationId: "getThing", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }], responses: ok() } },
      "/bots/{id}": { get: { operationId: "getBot", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", example: "bot_1" } }], responses: { "201": ok()["200"] } } },
    });
    expect(planCall("demo", "@vendor-sdks/demo", doc)).toMatchObject({ operationId: "getBot", params: { path: { id: "bot_1" } }, successStatus: 201 });
  });

  it("sends only the parameter groups the operation has (the types forbid the others)", () => {
    const doc = spec({ "/things": { get: { operationId: "listThings", responses: ok() } } });
    expect(planCall("demo", "@vendor-sdks/demo", doc).params).toEqual({});
  });

  it("falls back to a public operation, and fails naming the vendor when there is none", () => {
    expect(planCall("demo", "@vendor-sdks/demo", spec({ "/health": { get: { operationId: "getHealth", responses: ok() } } }, [])).operationId).toBe("getHealth");
    expect(() => planCall("demo", "@vendor-sdks/demo", spec({ "/things": { post: { operationId: "createThing", responses: ok() } } }))).toThrow(/^demo: the spec has no GET operation/);
  });
});
