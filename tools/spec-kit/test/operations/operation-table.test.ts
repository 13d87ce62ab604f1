import { describe, expect, it } from "vitest";
import { buildOperationTable, documentsSuccess, noSuccessWarnings, runtimeOperation } from "../../src/operations/operation-table.ts";

const doc = {
  security: [{ bearer: [] }],
  paths: {
    "/things": {
      get: {
        operationId: "listThings",
        summary: "List",
        tags: ["Things"],
        "x-abilities": ["things:read"],
        "x-pagination": { style: "offset", limitParam: "limit", items: "/data" },
        responses: { "200": { $ref: "#/components/responses/Ok" }, "401": {} },
      },
      post: {
        operationId: "streamThings",
        summary: "Stream",
        security: [],
        "x-safe": true,
        requestBody: { content: { "application/json": {}, "multipart/form-data": {} } },
        responses: { "202": { content: { "text/event-stream": {} } }, "201": { content: { "application/json": {} } } },
      },
    },
    "/things/events": {
      get: {
        operationId: "watchThings",
        responses: { "200": { content: { "text/event-stream": {} } }, "202": { content: { "application/json": {} } } },
      },
    },
    "/turns": {
      get: {
        operationId: "watchTurn",
        responses: {
          "200": {
            content: {
              "text/event-stream": {
                "x-stream-events": { terminal: ["turn_end"], error: ["error"] },
                schema: { anyOf: [{ type: "string" }, { $ref: "#/components/schemas/TurnEvent" }] },
              },
            },
          },
        },
      },
    },
  },
  components: {
    responses: { Ok: { content: { "application/json": {} } } },
    schemas: {
      TurnEvent: {
        oneOf: [
          { properties: { event: { const: "token" } } },
          { properties: { event: { const: "turn_end" } } },
          { $ref: "#/components/schemas/TurnError" },
        ],
      },
      TurnError: { properties: { event: { const: "error" } } },
    },
  },
};

describe("buildOperationTable", () => {
  it("derives each operation's facts from the spec", () => {
    const table = buildOperationTable(doc);
    expect(table.listThings).toEqual({
      operationId: "listThings",
      method: "get",
      path: "/things",
      summary: "List",
      tags: ["Things"],
      successStatus: 200,
      abilities: ["things:read"],
      pagination: { style: "offset", limitParam: "limit", items: "/data" },
      streaming: false,
      requestContentTypes: [],
      security: [["bearer"]],
      safe: false,
    });
    // the lowest 2xx wins; operation-level `security: []` overrides the global requirement
    expect(table.streamThings).toMatchObject({ successStatus: 201, streaming: false, security: [], safe: true, requestContentTypes: ["application/json", "multipart/form-data"] });
    // streaming when the lowest 2xx is an event stream
    expect(table.watchThings).toMatchObject({ successStatus: 200, streaming: true });
  });

  it("refuses an operation without operationId or a duplicate one", () => {
    expect(() => buildOperationTable({ paths: { "/a": { get: { responses: { "200": {} } } } } })).toThrow("GET /a has no operationId");
    const dup = { paths: { "/a": { get: { operationId: "x", responses: { "200": {} } } }, "/b": { get: { operationId: "x", responses: { "200": {} } } } } };
    expect(() => buildOperationTable(dup)).toThrow("operationId x is used twice");
  });
});

describe("runtimeOperation", () => {
  it("keeps only what the client reads and leaves defaults out of the shipped table", () => {
    const table = buildOperationTable(doc);
    const defaultSecurity = [["bearer"]];
    // the operationId is the table key; abilities and statuses stay in the spec
    expect(runtimeOperation(table.listThings!, defaultSecurity)).toEqual({
      method: "get",
      path: "/things",
      pagination: { style: "offset", limitParam: "limit", items: "/data" },
    });
    // a different security requirement (here: none) is kept; streaming only when true
    expect(runtimeOperation(table.streamThings!, defaultSecurity)).toEqual({ method: "post", path: "/things", security: [] });
    expect(runtimeOperation(table.watchThings!, defaultSecurity)).toEqual({ method: "get", path: "/things/events", streaming: true });
    // a stream's declared terminal and error events ship: stream() reads them
    expect(runtimeOperation(table.watchTurn!, defaultSecurity)).toEqual({
      method: "get",
      path: "/turns",
      streaming: true,
      streamEvents: { terminal: ["turn_end"], error: ["error"] },
    });
  });

  it("refuses a malformed x-stream-events, naming the operation", () => {
    const schema = { oneOf: [{ properties: { event: { const: "turn_end" } } }, { properties: { event: { enum: ["error", "token"] } } }] };
    const withRoles = (roles: unknown) => ({
      paths: { "/t": { get: { operationId: "watchTurn", responses: { "200": { content: { "text/event-stream": { "x-stream-events": roles, schema } } } } } } },
    });
    expect(buildOperationTable(withRoles({ terminal: ["turn_end"], error: ["error"] })).watchTurn?.streamEvents).toEqual({ terminal: ["turn_end"], error: ["error"] });
    expect(() => buildOperationTable(withRoles(["turn_end"]))).toThrow("watchTurn: x-stream-events must be an object");
    expect(() => buildOperationTable(withRoles({ end: ["turn_end"] }))).toThrow('watchTurn: x-stream-events has an unknown key "end"');
    expect(() => buildOperationTable(withRoles({ terminal: [] }))).toThrow("watchTurn: x-stream-events.terminal must be a non-empty list of event names");
    expect(() => buildOperationTable(withRoles({ terminal: ["done"] }))).toThrow(
      "watchTurn: x-stream-events.terminal names done, which the event schema does not define (it has: turn_end, error, token)",
    );
  });
});

describe("an operation that documents no 2xx response", () => {
  const retired = {
    paths: {
      "/keys": { get: { operationId: "listKeys", responses: { "200": { description: "ok" } } }, post: { operationId: "createKey", responses: { "401": {}, "410": {} } } },
    },
  };

  it("stays in the table without a success status instead of stopping the vendor", () => {
    const table = buildOperationTable(retired);
    expect(Object.keys(table)).toEqual(["listKeys", "createKey"]);
    expect(table.createKey).toMatchObject({ method: "post", path: "/keys", successStatus: undefined, streaming: false });
    expect(documentsSuccess(table.createKey!)).toBe(false);
    expect(runtimeOperation(table.createKey!, [])).toEqual({ method: "post", path: "/keys" });
  });

  it("is named by the codegen warning", () => {
    expect(noSuccessWarnings(buildOperationTable(retired))).toEqual([
      "createKey (POST /keys) documents no 2xx response: typed and documented, but not called by contract tests or verify.",
    ]);
  });
});
