import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "@vendor-sdks/test-doubles/chromium";
import { freePort } from "@vendor-sdks/spec-kit/prism/free-port";
import type { Vendor } from "@vendor-sdks/spec-kit/workspace/vendors";
import { spawnQuiet, waitForPort } from "./mock-throughput.ts";
import { row, spread, type BenchRow, type Spread } from "./results.ts";

/** The docs issue's budget for a first visit to a vendor page: every response, as transferred. */
export const FIRST_VISIT_BUDGET_BYTES = 400_000;

export interface FileFigure {
  readonly file: string;
  readonly rawBytes: number;
  /** Sizes of the `.gz` and `.br` siblings the build emits (what a host configured per the README sends). */
  readonly gzipBytes?: number;
  readonly brotliBytes?: number;
}

/** Raw and precompressed bytes of the index, each vendor page, `llms.txt` and every asset in the built site. */
export function docsSizes(distDir: string, vendors: readonly string[]): FileFigure[] {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir} has no index.html: run pnpm docs:build first.`);
  const assets = existsSync(join(distDir, "assets")) ? readdirSync(join(distDir, "assets")).filter((f) => !/\.(br|gz)$/.test(f)) : [];
  const files = ["index.html", "llms.txt", ...vendors.map((v) => `${v}/index.html`), ...assets.map((a) => `assets/${a}`)];
  const size = (file: string) => (existsSync(join(distDir, file)) ? statSync(join(distDir, file)).size : undefined);
  return files
    .filter((file) => size(file) !== undefined)
    .map((file) => {
      const [gzipBytes, brotliBytes] = [size(`${file}.gz`), size(`${file}.br`)];
      return { file, rawBytes: size(file)!, ...(gzipBytes === undefined ? {} : { gzipBytes }), ...(brotliBytes === undefined ? {} : { brotliBytes }) };
    });
}

export interface FirstVisit {
  /** Every response of the visit (the page, the Redoc bundle), headers included, as sent over the wire. */
  readonly bytes: number;
  /** Navigation to first contentful paint: the HTML carries every operation, so the page is readable then. */
  readonly readableMs: Spread;
  /** Navigation until Redoc has hydrated the page (search, expand/collapse and the sidebar respond). */
  readonly interactiveMs: Spread;
}

/**
 * First visits to each vendor page as `pnpm docs:serve` serves it (the docs app's own server: brotli, cache
 * headers), in headless Chromium with a fresh profile each time. Median of `rounds` visits.
 */
export async function firstVisits(root: string, distDir: string, vendors: readonly string[], rounds = 5): Promise<Record<string, FirstVisit>> {
  const port = await freePort();
  const server = spawnQuiet(process.execPath, ["--import", "tsx", join("src", "serve.ts"), "--port", String(port), "--dir", distDir], join(root, "apps", "docs"));
  let browser: Browser | undefined;
  try {
    await waitForPort(port);
    browser = await launchChromium();
    const visits: Record<string, FirstVisit> = {};
    for (const vendor of vendors) {
      const bytes: number[] = [];
      const readable: number[] = [];
      const interactive: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const context = await browser.newContext();
        const page = await context.newPage();
        const finished: Promise<number>[] = [];
        page.on("requestfinished", (request) => {
          // Redoc's search worker is a `blob:` URL made in the page: nothing is transferred for it.
          if (/^https?:/.test(request.url())) finished.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
        });
        await page.goto(`http://127.0.0.1:${port}/${vendor}/`, { waitUntil: "load" });
        // Redoc's sidebar credit shows a logo only once its client components have mounted, i.e. after hydration.
        await page.locator('img[alt="redocly logo"]').waitFor({ state: "attached", timeout: 60_000 });
        const hydratedAt = await page.evaluate(() => performance.now());
        await page.waitForLoadState("networkidle");
        const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime);
        if (paint === undefined) throw new Error(`${vendor}: Chromium reported no first contentful paint`);
        bytes.push((await Promise.all(finished)).reduce((sum, b) => sum + b, 0));
        readable.push(paint);
        interactive.push(hydratedAt);
        await context.close();
      }
      visits[vendor] = { bytes: spread(bytes).median, readableMs: spread(readable), interactiveMs: spread(interactive) };
    }
    return visits;
  } finally {
    await browser?.close();
    await server.stop();
  }
}

/** The `docs` group of `pnpm bench`: file sizes, then bytes and times of a first visit to each vendor page. */
export async function docsRows(root: string, vendors: readonly Vendor[]): Promise<BenchRow[]> {
  const dist = join(root, "apps", "docs", "dist");
  const names = vendors.map((v) => v.name);
  const rows = docsSizes(dist, names).map((f) =>
    row({
      group: "docs",
      figure: `${f.file} size`,
      value: f.rawBytes,
      unit: "B",
      ...(f.gzipBytes !== undefined || f.brotliBytes !== undefined ? { note: `gzip ${f.gzipBytes ?? "-"} B, brotli ${f.brotliBytes ?? "-"} B` } : {}),
    }),
  );
  const visits = await firstVisits(root, dist, names);
  for (const [vendor, v] of Object.entries(visits)) {
    rows.push(
      row({
        group: "docs",
        figure: `${vendor} page: bytes transferred on a first visit (pnpm docs:serve, brotli)`,
        value: v.bytes,
        unit: "B",
        budget: `≤ ${FIRST_VISIT_BUDGET_BYTES} B`,
        pass: v.bytes <= FIRST_VISIT_BUDGET_BYTES,
      }),
      row({ group: "docs", figure: `${vendor} page: time until readable (first contentful paint; every operation is in the HTML)`, value: v.readableMs.median, min: v.readableMs.min, max: v.readableMs.max, unit: "ms" }),
      row({ group: "docs", figure: `${vendor} page: time until Redoc has hydrated it (search and expand/collapse respond)`, value: v.interactiveMs.median, min: v.interactiveMs.min, max: v.interactiveMs.max, unit: "ms" }),
    );
  }
  return rows;
}
