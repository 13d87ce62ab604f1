import { describe, expect, it } from "vitest";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { replicatedSpec } from "../../src/bench/synthetic-spec.ts";

const doc = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  components: { securitySchemes: { token: { type: "http", scheme: "bearer", "x-token-exchange": { operationId: "exchange", secretField: "s", token: "/t" } } } },
  paths: {
    "/auth": { post: { operationId: "exchange", responses: { "200": { description: "ok" } } } },
    "/things/{id}": { parameters: [], get: { operationId: "getThing", responses: { "200": { description: "ok" } } }, delete: { operationId: "deleteThing", responses: { "204": { description: "gone" } } } },
  },
};

describe("replicatedSpec", () => {
  it("copies every path under /p1, /p2, … until the operation count is reached, with unique operationIds", () => {
    const { document, operations, prefixes } = replicatedSpec(doc, 7);
    expect({ operations, prefixes }).toEqual({ operations: 9, prefixes: 3 });
    const table = buildOperationTable(document);
    expect(Object.keys(table)).toHaveLength(9);
    expect(table.getThing_p3).toMatchObject({ method: "get", path: "/p3/things/{id}" });
  });

  it("points a token exchange at the first copy's operation, and leaves the original document alone", () => {
    const { document } = replicatedSpec(doc, 1);
    const scheme = (document.components as typeof doc.components).securitySchemes.token;
    expect(scheme["x-token-exchange"].operationId).toBe("exchange_p1");
    expect(doc.components.securitySchemes.token["x-token-exchange"].operationId).toBe("exchange");
    expect(Object.keys(doc.paths)).toEqual(["/auth", "/things/{id}"]);
  });
});
