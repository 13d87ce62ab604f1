import { describe, expect, it } from "vitest";
import { countOperations, walkOperations } from "../../src/operations/walk-operations.ts";

describe("walkOperations", () => {
  it("yields each operation of each path item in document order, methods in the runtime's order, skipping other keys", () => {
    const paths = {
      "/b": { parameters: [], post: { operationId: "createB" }, get: { operationId: "listB" } },
      "/a/{id}": { summary: "A", delete: { operationId: "deleteA" } },
    };
    expect(walkOperations(paths).map((o) => `${o.method} ${o.path}`)).toEqual(["get /b", "post /b", "delete /a/{id}"]);
    expect(walkOperations(paths)[0]?.pathItem).toBe(paths["/b"]);
  });

  it("walks nothing when there is nothing to walk, and counts what it walks", () => {
    expect(walkOperations(undefined)).toEqual([]);
    expect(countOperations({ paths: { "/x": { get: {}, put: {} }, "/y": { trace: {} } } })).toBe(3);
  });
});
