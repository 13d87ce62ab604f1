import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMMUTABLE, REVALIDATE } from "../../src/serve/cache-control.ts";
import { hashedFileName } from "../../src/site/hashed-name.ts";
import { precompress } from "../../src/site/precompress.ts";
import { serveSite, type ServedSite } from "../support/serve-site.ts";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A raw GET (fetch() would decode the body and hide what was sent). */
function get(url: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

describe("docs static server: encodings and caching", () => {
  let dir: string;
  let site: ServedSite;
  const html = `<h1>${"operation ".repeat(400)}</h1>`;
  const script = `console.log(${JSON.stringify("x".repeat(2000))});`;
  const scriptName = hashedFileName("redoc.standalone.js", script);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-encoding-"));
    mkdirSync(join(dir, "assets"));
    writeFileSync(join(dir, "index.html"), html);
    writeFileSync(join(dir, "assets", scriptName), script);
    writeFileSync(join(dir, "logo.png"), Buffer.alloc(1024));
    await precompress([join(dir, "index.html"), join(dir, "assets", scriptName)]);
    site = await serveSite(dir);
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves the brotli sibling to a client that accepts it, gzip to one that accepts only gzip", async () => {
    const br = await get(`${site.origin}/`, { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(br.headers.vary).toBe("Accept-Encoding");
    expect(Number(br.headers["content-length"])).toBe(br.body.length);
    expect(br.body.length).toBeLessThan(html.length);

    const gz = await get(`${site.origin}/index.html`, { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
  });

  it("serves the file itself to a client that accepts no encoding", async () => {
    const plain = await get(`${site.origin}/`);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(html);
    const image = await get(`${site.origin}/logo.png`, { "accept-encoding": "br" });
    expect(image.headers["content-encoding"]).toBeUndefined();
    expect(image.headers.vary).toBeUndefined();
  });

  it("marks hashed assets immutable and everything else no-cache", async () => {
    expect((await get(`${site.origin}/assets/${scriptName}`, { "accept-encoding": "br" })).headers["cache-control"]).toBe(IMMUTABLE);
    expect((await get(`${site.origin}/`)).headers["cache-control"]).toBe(REVALIDATE);
  });

  it("answers a revalidation with the same ETag by 304, per encoding", async () => {
    const first = await get(`${site.origin}/`, { "accept-encoding": "br" });
    const etag = String(first.headers.etag);
    const again = await get(`${site.origin}/`, { "accept-encoding": "br", "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const otherEncoding = await get(`${site.origin}/`, { "accept-encoding": "gzip", "if-none-match": etag });
    expect(otherEncoding.status).toBe(200);
  });
});
