import { describe, expect, it } from "vitest";
import { prerenderRedoc } from "../../src/redoc/prerender-redoc.ts";
import { redocOptions } from "../../src/redoc/redoc-options.ts";
import type { OpenApiDocument } from "../../src/spec/openapi-types.ts";

/** A small spec with `count` operations under one tag. */
function spec(name: string, count: number): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (let i = 0; i < count; i++) {
    paths[`/${name}/${i}`] = { get: { operationId: `get${name}${i}`, summary: `Read ${name} number ${i}`, tags: ["Things"], responses: { "200": { description: "OK" } } } };
  }
  return { openapi: "3.1.0", info: { title: `${name} API`, version: "1" }, tags: [{ name: "Things" }], paths } as OpenApiDocument;
}

interface SearchState {
  searchIndex: { store: unknown[]; index: { fieldVectors: [string, number[]][] } };
}

describe("prerenderRedoc", () => {
  it("renders every operation's summary into the markup, with styles and hydration state", async () => {
    const { html, styleTags, state } = await prerenderRedoc(spec("widgets", 3), redocOptions());
    for (let i = 0; i < 3; i++) expect(html).toContain(`Read widgets number ${i}`);
    expect(styleTags).toMatch(/^<style[^>]*data-styled/);
    expect(state).toMatchObject({ spec: { data: { info: { title: "widgets API" } } }, options: redocOptions() });
  });

  it("gives each page a search index of its own items, however many pages one process renders", async () => {
    await prerenderRedoc(spec("first", 2), redocOptions());
    const { state } = await prerenderRedoc(spec("second", 5), redocOptions());
    const { store, index } = (state as SearchState).searchIndex;
    const indexed = new Set(index.fieldVectors.map(([ref]) => ref.split("/")[1]));
    // Redoc searches `store[ref]`: every stored item needs its vector, or a query throws in the browser.
    expect([...indexed].sort()).toEqual(store.map((_, i) => String(i)).sort());
    expect(store).toContain("tag/Things/operation/getsecond4");
  });
});
