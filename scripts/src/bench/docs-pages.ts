import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { startLoopback } from "./loopback-server.ts";
import { spread, type Spread } from "./results.ts";

export interface PageFigure {
  readonly file: string;
  readonly rawBytes: number;
  readonly gzipBytes: number;
}

/** Raw and gzip bytes of each vendor page and of the shared Redoc bundle in the built site. */
export function docsSizes(distDir: string): PageFigure[] {
  if (!existsSync(distDir)) throw new Error(`${distDir} does not exist: run pnpm docs:build first.`);
  const figures: PageFigure[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/(^|\/)index\.html$|redoc.*\.js$/.test(p)) {
        const bytes = readFileSync(p);
        figures.push({ file: relative(distDir, p), rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(distDir);
  return figures.sort((a, b) => a.file.localeCompare(b.file));
}

/**
 * Time from navigation to Redoc having rendered every operation of a vendor page, in headless Chromium with the
 * network limited to the local server. Median of `rounds` loads.
 */
export async function renderTimes(distDir: string, vendors: readonly string[], rounds = 3): Promise<Record<string, Spread>> {
  const server = await startLoopback((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    let file = join(distDir, decodeURIComponent(url.pathname));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!file.startsWith(distDir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith(".html") ? "text/html" : file.endsWith(".js") ? "text/javascript" : file.endsWith(".json") ? "application/json" : "application/octet-stream";
    res.writeHead(200, { "content-type": type }).end(readFileSync(file));
  });
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    const times: Record<string, Spread> = {};
    for (const vendor of vendors) {
      const samples: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const page = await browser.newPage();
        const start = performance.now();
        await page.goto(`${server.url}/${vendor}/`);
        // Redoc has rendered when its navigation lists items (the same signal the docs e2e test waits for).
        await page.waitForFunction(() => document.querySelector('[data-testid="menu-item-label"]') !== null, undefined, { timeout: 60_000 });
        samples.push(performance.now() - start);
        await page.close();
      }
      times[vendor] = spread(samples);
    }
    return times;
  } finally {
    await browser.close();
    await server.close();
  }
}
