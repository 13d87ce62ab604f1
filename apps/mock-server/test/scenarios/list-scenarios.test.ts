import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { listScenarios } from "../../src/scenarios/list-scenarios.js";
import { FIXTURES } from "../support/temp-workspace.js";

it("lists named examples, error statuses and Retry-After with the operations that have them", () => {
  const document = JSON.parse(readFileSync(join(FIXTURES, "acme", "openapi.json"), "utf8")) as Record<string, unknown>;
  const { operationCount, scenarios } = listScenarios(document);
  expect(operationCount).toBe(3);
  expect(scenarios).toEqual([
    { status: "200", example: "empty", retryAfter: false, operations: ["listWidgets"] },
    { status: "200", example: "two", retryAfter: false, operations: ["listWidgets"] },
    { status: "400", example: undefined, retryAfter: false, operations: ["createWidget"] },
    { status: "401", example: undefined, retryAfter: false, operations: ["listWidgets", "createWidget", "getWidget"] },
    { status: "402", example: "credits_exhausted", retryAfter: false, operations: ["listWidgets"] },
    { status: "402", example: "plan_limit_reached", retryAfter: false, operations: ["listWidgets"] },
    { status: "404", example: undefined, retryAfter: false, operations: ["getWidget"] },
    { status: "429", example: undefined, retryAfter: true, operations: ["listWidgets"] },
  ]);
});
