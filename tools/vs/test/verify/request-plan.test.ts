import { describe, expect, it } from "vitest";
import { buildOperationTable } from "@vendor-sdks/spec-kit/operations/operation-table";
import { planOperations } from "../../src/verify/request-plan.ts";

const json = { "application/json": { schema: { type: "object" }, example: {} } };
/** One live GET and one retired one that documents only 410 and 401 (as real specs keep such operations). */
const doc = {
  openapi: "3.1.0",
  info: { title: "T", version: "1" },
  paths: {
    "/keys": {
      get: { operationId: "listKeys", responses: { "200": { description: "ok", content: json } } },
      post: { operationId: "createKey", responses: { "401": { description: "no", content: json }, "410": { description: "Gone", content: json } } },
    },
    "/old": { get: { operationId: "getOld", responses: { "410": { description: "Gone", content: json } } } },
  },
};

describe("planOperations", () => {
  it("lists an operation that documents no 2xx response as not exercised, with that reason, even when writes are allowed", () => {
    const plan = planOperations(doc, Object.values(buildOperationTable(doc)), ["createKey"]);
    expect(plan.planned.map((p) => p.op.operationId)).toEqual(["listKeys"]);
    expect(plan.notExercised.map((n) => [n.operationId, n.kind])).toEqual([
      ["createKey", "no-success"],
      ["getOld", "no-success"],
    ]);
    expect(plan.notExercised[0]?.reason).toMatch(/documents no 2xx response/);
  });
});
