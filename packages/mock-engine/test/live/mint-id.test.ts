import { describe, expect, it } from "vitest";
import { createIdMinter } from "../../src/live/mint-id.js";

describe("createIdMinter", () => {
  it("mints ids shaped like HAPI's documented `epoch:seq:tag`: hex kept per minter, the digit run as a sequence", () => {
    const mint = createIdMinter("b96be23d:6:5de4ca6c");
    const ids = [mint(), mint(), mint()];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}:\d+:[0-9a-f]{8}$/);
    expect(ids.map((id) => id.split(":")[1])).toEqual(["1", "2", "3"]);
    expect(new Set(ids.map((id) => id.replace(/:\d+:/, ":")))).toHaveProperty("size", 1);
    expect(createIdMinter("b96be23d:6:5de4ca6c")().split(":")[0]).not.toBe(ids[0]?.split(":")[0]);
  });

  it("mints UUIDs from a UUID example, and otherwise draws hex runs per id when there is no sequence", () => {
    const mint = createIdMinter("4d3c2b1a-0f9e-4d8c-b7a6-958473625140");
    const [a, b] = [mint(), mint()];
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
    const words = createIdMinter("user_ABC123");
    expect(words()).toMatch(/^user_[0-9A-F]{6}$/);
    expect(words()).not.toBe(words());
    expect(createIdMinter("msg-1787391000000")()).toMatch(/^msg-[1-9]\d{12}$/);
  });

  it("mints UUIDs when the example has nothing to vary (a placeholder) or there is none", () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(createIdMinter("...")()).toMatch(uuid);
    expect(createIdMinter("SESSION_ID")()).toMatch(uuid);
    expect(createIdMinter(undefined)()).toMatch(uuid);
  });
});
