import { describe, expect, it } from "vitest";
import { operationSlugs } from "../../src/llms/operation-slug.ts";
import type { OperationEntry } from "../../src/spec/operations.ts";

const entry = (method: OperationEntry["method"], path: string, operationId?: string): OperationEntry => ({
  method,
  path,
  parameters: [],
  operation: operationId === undefined ? {} : { operationId },
});

describe("operationSlugs", () => {
  it("uses the operationId as the file name", () => {
    expect(operationSlugs([entry("get", "/bots", "listBots"), entry("post", "/bots", "createBot")])).toEqual(["listBots", "createBot"]);
  });

  it("makes unsafe ids and missing ids into safe names", () => {
    expect(operationSlugs([entry("get", "/bots/{id}", "bots.get/one"), entry("delete", "/bots/{id}")])).toEqual(["bots-get-one", "delete-bots-id"]);
  });

  it("never gives two operations the same file, even on a case-insensitive file system", () => {
    expect(operationSlugs([entry("get", "/a", "getBot"), entry("get", "/b", "GetBot"), entry("get", "/c", "get.Bot"), entry("get", "/d", "get/Bot")])).toEqual([
      "getBot",
      "GetBot-2",
      "get-Bot",
      "get-Bot-2",
    ]);
  });
});
