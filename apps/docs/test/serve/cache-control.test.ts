import { describe, expect, it } from "vitest";
import { cacheControlFor, IMMUTABLE, REVALIDATE } from "../../src/serve/cache-control.ts";
import { hashedFileName } from "../../src/site/hashed-name.ts";

describe("cacheControlFor", () => {
  it("caches content-hashed assets for good", () => {
    expect(cacheControlFor(`/assets/${hashedFileName("redoc.standalone.js", "x")}`)).toBe(IMMUTABLE);
    expect(IMMUTABLE).toBe("public, max-age=31536000, immutable");
  });

  it("makes pages, Markdown, llms.txt, downloads and unhashed assets revalidate", () => {
    for (const path of ["/", "/index.html", "/hapi/index.html", "/hapi/index.md", "/llms.txt", "/hapi/openapi.json", "/assets/redoc.standalone.js"]) {
      expect(cacheControlFor(path), path).toBe(REVALIDATE);
    }
    expect(cacheControlFor(`/hapi/${hashedFileName("page.js", "x")}`)).toBe(REVALIDATE); // hashed names count in assets/ only
  });
});
