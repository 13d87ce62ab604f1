import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listVendors } from "@vendor-sdks/scripts/workspace/vendors";
import { listOperations, listWebhookOperations } from "../src/spec/operations.ts";
import type { OpenApiDocument } from "../src/spec/openapi-types.ts";
import { chromiumPath } from "./support/chromium.ts";
import { serveSite, type ServedSite } from "./support/serve-site.ts";

const siteDir = inject("siteDir");
const vendors = listVendors(inject("workspaceRoot"));
const screenshots = resolve(import.meta.dirname, "..", "test-results", "screenshots");

describe("docs site in headless Chromium", () => {
  let site: ServedSite;
  let browser: Browser;

  beforeAll(async () => {
    const executablePath = chromiumPath(); // fails with install instructions when missing
    site = await serveSite(siteDir);
    browser = await chromium.launch({ executablePath, headless: true, args: ["--no-sandbox"] });
    mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(vendors.map((v) => v.name))("renders %s from the index with every operation, search and no network", async (name) => {
    const doc = JSON.parse(readFileSync(join(siteDir, name, "openapi.json"), "utf8")) as OpenApiDocument;
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
    page.on("pageerror", (error) => consoleErrors.push(error.message));

    try {
      await page.goto(`${site.origin}/`);
      await page.locator(`li[data-vendor="${name}"] a.reference`).click();
      await page.waitForURL(`${site.origin}/${name}/`);
      await waitForRedoc(page, doc.info?.title ?? name);

      // Redoc lists the API's operations and the webhooks it documents.
      expect(await countSidebarOperations(page)).toBe(operations.length + listWebhookOperations(doc).length);

      const target = operations.find((o) => o.operation.summary) ?? operations[0]!;
      const summary = target.operation.summary ?? target.operation.operationId ?? "";
      await page.getByTestId("search-trigger").click();
      const dialog = page.getByTestId("search-dialog");
      await dialog.locator("input").waitFor();
      await page.keyboard.type(summary); // the dialog focuses its input; it re-renders while indexing
      await dialog.getByText(summary, { exact: true }).first().click();
      await expect.poll(() => page.url()).not.toBe(`${site.origin}/${name}/`);
      await page.getByRole("heading", { name: summary }).first().waitFor();
      // The operation shows its generated samples.
      await page.getByText("curl", { exact: true }).first().waitFor();

      await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
      expect(offsite, "requests that left 127.0.0.1").toEqual([]);
      expect(consoleErrors, "console errors").toEqual([]);
    } finally {
      await page.close();
    }
  });
});

/** Redoc has hydrated when its search box answers; the server-rendered HTML alone has none of its handlers. */
async function waitForRedoc(page: Page, title: string): Promise<void> {
  await page.getByRole("heading", { name: title }).first().waitFor();
  await page.getByTestId("search-trigger").waitFor();
  await page.waitForFunction(() => document.querySelector('[data-testid="menu-item-label"]') !== null);
}

/**
 * Operations Redoc lists in its sidebar. Groups open one at a time (an accordion), so open each in turn and
 * collect the entries carrying an HTTP method badge, keyed by their label (summary + method).
 */
async function countSidebarOperations(page: Page): Promise<number> {
  const labels = new Set<string>();
  const collect = async (): Promise<void> => {
    for (const text of await page.$$eval('[data-testid="menu-item-label"]:has(.tag-http)', (items) => items.map((i) => i.textContent ?? ""))) {
      labels.add(text);
    }
  };
  const groups = page.locator('[data-testid="menu-item-label"]:has([data-component-name*="Chevron"])');
  const groupCount = await groups.count();
  await collect();
  for (let i = 0; i < groupCount; i++) {
    const group = groups.nth(i);
    if ((await group.locator('[data-component-name*="ChevronRight"]').count()) > 0) await group.click();
    await page.waitForFunction(
      (index) => document.querySelectorAll('[data-testid="menu-item-label"]:has([data-component-name*="Chevron"])')[index]?.querySelector('[data-component-name*="ChevronDown"]') != null,
      i,
    );
    await collect();
  }
  return labels.size;
}
