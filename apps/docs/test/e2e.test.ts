import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listVendors } from "@vendor-sdks/spec-kit/workspace/vendors";
import { IMMUTABLE, REVALIDATE } from "../src/serve/cache-control.ts";
import { listOperations, listWebhookOperations } from "../src/spec/operations.ts";
import type { OpenApiDocument } from "../src/spec/openapi-types.ts";
import { launchChromium } from "@vendor-sdks/test-doubles/chromium";
import { serveSite, type ServedSite } from "./support/serve-site.ts";

const siteDir = inject("siteDir");
const vendors = listVendors(inject("workspaceRoot"));
const screenshots = resolve(import.meta.dirname, "..", "test-results", "screenshots");

/** The budget: a first visit to a vendor page, every response included, compressed as served. */
const FIRST_VISIT_BUDGET_BYTES = 400_000;

const specOf = (name: string) => JSON.parse(readFileSync(join(siteDir, name, "openapi.json"), "utf8")) as OpenApiDocument;

describe("docs site in headless Chromium", () => {
  let site: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium(); // fails with install instructions when missing
    site = await serveSite(siteDir);
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(vendors.map((v) => v.name))("renders %s from the index with every operation, search, expand/collapse and no network", async (name) => {
    const doc = specOf(name);
    const operations = listOperations(doc);
    const page = await browser.newPage();
    const offsite: string[] = [];
    const consoleErrors: string[] = [];
    page.on("request", (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.hostname !== "127.0.0.1") offsite.push(request.url());
    });
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(error.message)); // a hydration mismatch lands here

    try {
      await page.goto(`${site.origin}/`);
      await page.locator(`li[data-vendor="${name}"] a.reference`).click();
      await page.waitForURL(`${site.origin}/${name}/`);
      await waitForHydration(page);

      // Redoc lists each of the API's operations and the webhooks it documents once in its sidebar.
      expect(await page.locator(SIDEBAR_OPERATIONS).count()).toBe(operations.length + listWebhookOperations(doc).length);

      // A collapsed sidebar group opens (Redoc keeps the group of the section in view open, so it is not closed here).
      const groupId = await page.locator('li[data-item-id^="tag/"][aria-expanded="false"]:not([data-item-id*="operation/"])').last().getAttribute("data-item-id");
      const group = page.locator(`li[data-item-id="${groupId}"]`);
      await group.click();
      await expect.poll(() => group.getAttribute("aria-expanded")).toBe("true");

      // An operation whose first documented response has a body: Redoc renders that one expandable.
      const firstResponse = (o: (typeof operations)[number]) => Object.values(o.operation.responses ?? {})[0] ?? {};
      const target = operations.find((o) => o.operation.summary && "content" in firstResponse(o)) ?? operations[0]!;
      const summary = target.operation.summary ?? target.operation.operationId ?? "";
      await page.locator("input.search-input").fill(summary);
      const results = page.locator('[data-role="search:results"]');
      await results.getByText(summary, { exact: true }).first().click();
      await expect.poll(() => page.url()).toContain(`operation/${target.operation.operationId}`);
      await page.getByRole("heading", { name: summary }).first().waitFor();

      // The operation's first documented response expands to show its schema, and collapses again.
      const section = page.locator(`[data-section-id$="operation/${target.operation.operationId}"]`);
      const response = section.locator("button:has(> strong)").first();
      const block = response.locator("xpath=..");
      const collapsed = (await block.innerText()).length;
      await response.click();
      await expect.poll(async () => (await block.innerText()).length).toBeGreaterThan(collapsed);
      await response.click();
      await expect.poll(async () => (await block.innerText()).length).toBe(collapsed);
      // The operation shows its generated samples.
      await section.getByRole("tab", { name: "curl" }).first().waitFor();

      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
      expect(offsite, "requests that left 127.0.0.1").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
    } finally {
      await page.close();
    }
  });

  it.each(vendors.map((v) => v.name))("shows %s's operations, paths and parameters with JavaScript off", async (name) => {
    const operations = listOperations(specOf(name));
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${site.origin}/${name}/`);
      const text = await page.locator("body").innerText();
      const missing: string[] = [];
      for (const { operation, method, path, parameters } of operations) {
        for (const expected of [operation.summary ?? operation.operationId ?? "", path, ...parameters.map((p) => p.name)]) {
          if (!text.includes(expected)) missing.push(`${method.toUpperCase()} ${path}: ${expected}`);
        }
      }
      expect(missing).toEqual([]);
      await page.screenshot({ path: join(screenshots, `${name}-no-js.png`), fullPage: false });
    } finally {
      await context.close();
    }
  });

  it.each(vendors.map((v) => v.name))(
    "transfers at most 400 kB on a first visit to %s, scripts hashed, compressed and immutable",
    async (name) => {
      const context = await browser.newContext(); // a fresh profile: nothing cached
      try {
        const page = await context.newPage();
        const finished: Request[] = [];
        // Redoc's search worker comes from a `blob:` URL: built in the page, not transferred.
        page.on("requestfinished", (request) => {
          if (/^https?:/.test(request.url())) finished.push(request);
        });
        await page.goto(`${site.origin}/${name}/`, { waitUntil: "networkidle" });
        await waitForHydration(page);
        await page.waitForLoadState("networkidle");

        const responses = await Promise.all(
          finished.map(async (request) => {
            const [response, sizes] = await Promise.all([request.response(), request.sizes()]);
            return { url: request.url(), type: request.resourceType(), headers: response?.headers() ?? {}, bytes: sizes.responseBodySize + sizes.responseHeadersSize };
          }),
        );
        const bytes = responses.reduce((sum, r) => sum + r.bytes, 0);
        expect(bytes, responses.map((r) => r.url).join(", ")).toBeLessThanOrEqual(FIRST_VISIT_BUDGET_BYTES);
        const scripts = responses.filter((r) => r.type === "script");
        expect(scripts.length).toBeGreaterThan(0);
        for (const script of scripts) {
          expect(new URL(script.url).pathname).toMatch(/^\/assets\/[^/]+\.[0-9a-f]{10}\.js$/);
          expect(script.headers["content-encoding"], script.url).toBe("br");
          expect(script.headers["cache-control"], script.url).toBe(IMMUTABLE);
        }
        const document = responses.find((r) => r.type === "document");
        expect(document?.headers["content-encoding"]).toBe("br");
        expect(document?.headers["cache-control"]).toBe(REVALIDATE);
      } finally {
        await context.close();
      }
    },
  );
});

/** Sidebar entries of operations and webhooks: Redoc renders them all, collapsed groups included. */
const SIDEBAR_OPERATIONS = 'li[data-item-id*="operation/"]';

/**
 * Redoc has hydrated the server-rendered page: its sidebar credit shows a logo, which only a mounted client
 * component renders (the server-rendered HTML alone has none, nor any of Redoc's handlers).
 */
async function waitForHydration(page: Page): Promise<void> {
  await page.locator('img[alt="redocly logo"]').waitFor({ state: "attached", timeout: 60_000 });
}
