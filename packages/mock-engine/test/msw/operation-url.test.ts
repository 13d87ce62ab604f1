import { describe, expect, it } from "vitest";
import { controlPattern, operationUrls } from "../../src/msw/operation-url.js";

const document = {
  paths: {
    "/bots/{id}": { get: { operationId: "getBot" }, post: { operationId: "touchBot" } },
    "/bots/discover": { post: { operationId: "discoverBot" } },
    "/rows:bulk": { post: { operationId: "bulkRows" } },
    "/files/{name}.json": { get: { operationId: "getFile" }, parameters: [] },
  },
};

describe("operationUrls", () => {
  const urls = operationUrls(document, "https://api.example.com/v1/");

  it("gives one pattern per operation, under the base URL with its path kept", () => {
    expect(urls.map((u) => `${u.operation.method} ${u.operation.operationId}`).sort()).toEqual(["get getBot", "get getFile", "post bulkRows", "post discoverBot", "post touchBot"]);
    const getBot = urls.find((u) => u.operation.operationId === "getBot");
    expect(getBot?.pattern.test("https://api.example.com/v1/bots/b1")).toBe(true);
    expect(getBot?.pattern.test("https://api.example.com/v1/bots/b1/")).toBe(true);
    expect(getBot?.pattern.test("https://api.example.com/bots/b1")).toBe(false);
    expect(getBot?.pattern.test("https://api.example.com/v1/bots/b1/extra")).toBe(false);
  });

  it("puts a literal route before a templated one of the same shape", () => {
    const order = urls.map((u) => u.operation.operationId);
    expect(order.indexOf("discoverBot")).toBeLessThan(order.indexOf("touchBot"));
  });

  it("keeps a literal colon literal and matches text around a template inside a segment", () => {
    const bulk = urls.find((u) => u.operation.operationId === "bulkRows");
    expect(bulk?.pattern.test("https://api.example.com/v1/rows:bulk")).toBe(true);
    expect(bulk?.pattern.test("https://api.example.com/v1/rows:other")).toBe(false);
    const file = urls.find((u) => u.operation.operationId === "getFile");
    expect(file?.pattern.test("https://api.example.com/v1/files/a.json")).toBe(true);
    expect(file?.pattern.test("https://api.example.com/v1/files/a.yaml")).toBe(false);
  });
});

describe("controlPattern", () => {
  it("matches the control routes under the base URL only", () => {
    const pattern = controlPattern("https://api.example.com/v1");
    expect(pattern.test("https://api.example.com/v1/__mock/reset")).toBe(true);
    expect(pattern.test("https://api.example.com/__mock/reset")).toBe(false);
  });
});
