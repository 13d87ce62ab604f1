import { createReadStream, statSync, type Stats } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize, relative, resolve, sep } from "node:path";
import { isCompressible, PRECOMPRESSED } from "../site/precompress.ts";
import { negotiateEncoding } from "./accept-encoding.ts";
import { cacheControlFor } from "./cache-control.ts";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".yaml": "application/yaml; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/**
 * A static file server for the built site, as a static host or CDN configured per the README serves it:
 * `dir/` → `dir/index.html`, `dir` → redirect to `dir/` (so the pages' relative links resolve), nothing outside
 * `root`; the `.br`/`.gz` sibling the client accepts, with `Content-Encoding` and `Vary: Accept-Encoding`;
 * hashed assets `immutable`, everything else `no-cache` with an `ETag` to revalidate against.
 */
export function createStaticServer(root: string): Server {
  const base = resolve(root);
  return createServer((req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    const url = new URL(req.url ?? "/", "http://localhost");
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end("Bad request");
      return;
    }
    const file = normalize(join(base, pathname));
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end("Forbidden");
      return;
    }
    const stats = statOrUndefined(file);
    if (stats?.isDirectory()) {
      if (!pathname.endsWith("/")) {
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      return sendFile(base, join(file, "index.html"), req, res);
    }
    sendFile(base, file, req, res);
  });
}

function sendFile(base: string, file: string, req: IncomingMessage, res: ServerResponse): void {
  const stats = statOrUndefined(file);
  if (!stats?.isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  const variant = chooseVariant(file, stats, req.headers["accept-encoding"]);
  const etag = `"${variant.stats.size.toString(36)}-${Math.floor(variant.stats.mtimeMs).toString(36)}${variant.encoding ? `-${variant.encoding}` : ""}"`;
  const headers: Record<string, string | number> = {
    "Content-Type": CONTENT_TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
    "Cache-Control": cacheControlFor(`/${relative(base, file).split(sep).join("/")}`),
    ETag: etag,
  };
  if (isCompressible(file)) headers.Vary = "Accept-Encoding";
  if (variant.encoding) headers["Content-Encoding"] = variant.encoding;
  if (req.headers["if-none-match"]?.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, headers).end();
    return;
  }
  res.writeHead(200, { ...headers, "Content-Length": variant.stats.size });
  if (req.method === "HEAD") res.end();
  else createReadStream(variant.file).pipe(res);
}

/** The precompressed sibling the client accepts, best first, or the file itself. */
function chooseVariant(file: string, stats: Stats, acceptEncoding: string | undefined): { file: string; stats: Stats; encoding?: string } {
  if (!isCompressible(file)) return { file, stats };
  const available = PRECOMPRESSED.filter(({ suffix }) => statOrUndefined(file + suffix)?.isFile());
  const encoding = negotiateEncoding(acceptEncoding, available.map((a) => a.encoding));
  const chosen = available.find((a) => a.encoding === encoding);
  return chosen ? { file: file + chosen.suffix, stats: statOrUndefined(file + chosen.suffix)!, encoding: chosen.encoding } : { file, stats };
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}
