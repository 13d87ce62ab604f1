import { describe, expect, it } from "vitest";
import { createRouteIndex } from "../../src/engine/route-index.js";

const op = (method: string, path: string) => ({ method, path });

describe("createRouteIndex", () => {
  const index = createRouteIndex([op("get", "/bots"), op("post", "/bots"), op("get", "/bots/{id}"), op("get", "/bots/search"), op("get", "/files/{name}.json"), op("get", "/a/b/c")]);

  it("returns every operation of each path that can match, whatever the method (Prism answers 405 itself)", () => {
    expect(index.candidates("/bots")).toEqual([op("get", "/bots"), op("post", "/bots")]);
  });

  it("keeps both a templated and a literal path that match, for Prism to choose between", () => {
    expect(index.candidates("/bots/search")).toEqual([op("get", "/bots/{id}"), op("get", "/bots/search")]);
    expect(index.candidates("/bots/b1")).toEqual([op("get", "/bots/{id}")]);
  });

  it("treats a segment holding a template anywhere as templated, as Prism does", () => {
    expect(index.candidates("/files/report.json")).toEqual([op("get", "/files/{name}.json")]);
  });

  it("compares literal segments decoded, and finds nothing for a path of another shape", () => {
    expect(index.candidates("/b%6fts")).toEqual([op("get", "/bots"), op("post", "/bots")]);
    expect(index.candidates("/bots/b1/extra")).toEqual([]);
    expect(index.candidates("/a/b/x")).toEqual([]);
    expect(index.candidates("/%E0%A4%A")).toEqual([]);
  });
});
