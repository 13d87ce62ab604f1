import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { listVendors, type Vendor } from "@vendor-sdks/scripts/workspace/vendors";
import { escapeHtml as escape } from "../src/index-page/escape-html.ts";
import { externalResources } from "../src/redoc/external-resources.ts";
import { LOCAL_REDOC_SCRIPT } from "../src/redoc/redoc-script.ts";
import { listOperations } from "../src/spec/operations.ts";
import type { OpenApiDocument } from "../src/spec/openapi-types.ts";
import { serverUrl } from "../src/spec/server-url.ts";
import { pageDefinition } from "./support/page-definition.ts";
import { parse as parseYaml } from "yaml";

const siteDir = inject("siteDir");
const vendors = listVendors(inject("workspaceRoot"));

describe("docs site build", () => {
  let index: string;
  beforeAll(() => {
    index = readFileSync(join(siteDir, "index.html"), "utf8");
  });

  it("finds at least one vendor in the workspace", () => {
    expect(vendors.length).toBeGreaterThan(0);
  });

  it("ships the Redoc script once, as a site asset", () => {
    const script = join(siteDir, "assets", "redoc.standalone.js");
    expect(statSync(script).size).toBeGreaterThan(100_000);
    expect(readFileSync(script, "utf8")).not.toMatch(/https:\/\/cdn\.redoc\.ly\//);
  });

  it("has an index page that only uses local assets", () => {
    expect(externalResources(index)).toEqual([]);
    expect(index).not.toContain("fonts.googleapis.com");
  });

  describe.each(vendors.map((v) => [v.name, v] as const))("%s", (_name, vendor: Vendor) => {
    const bundled = (): OpenApiDocument => JSON.parse(readFileSync(vendor.bundledJson, "utf8")) as OpenApiDocument;

    it("has a Redoc page that loads only local assets and the shared Redoc script", () => {
      const html = readFileSync(join(siteDir, vendor.name, "index.html"), "utf8");
      expect(externalResources(html)).toEqual([]);
      expect(html).not.toContain("fonts.googleapis.com");
      expect(html).toContain(`from "${LOCAL_REDOC_SCRIPT}"`);
      // Not inlined: the page is far smaller than the Redoc bundle it imports.
      expect(html.length).toBeLessThan(statSync(join(siteDir, "assets", "redoc.standalone.js")).size / 2);
    });

    it("offers downloads that parse and equal the bundled spec", () => {
      const json = JSON.parse(readFileSync(join(siteDir, vendor.name, "openapi.json"), "utf8")) as unknown;
      const yaml = parseYaml(readFileSync(join(siteDir, vendor.name, "openapi.yaml"), "utf8"));
      expect(json).toEqual(bundled());
      expect(yaml).toEqual(bundled());
    });

    it("renders every operation with a TypeScript and a curl sample", () => {
      const rendered = pageDefinition(readFileSync(join(siteDir, vendor.name, "index.html"), "utf8"));
      const operations = listOperations(rendered);
      expect(operations.length).toBe(listOperations(bundled()).length);
      for (const { operation, method, path } of operations) {
        const samples = operation["x-codeSamples"] as { label: string; source: string }[] | undefined;
        expect(samples?.map((s) => s.label), `${method} ${path}`).toEqual(["TypeScript", "curl"]);
        expect(samples?.[0]?.source).toContain(`from "${vendor.clientPackage}"`);
        expect(samples?.[1]?.source).toMatch(new RegExp(`^curl -X ${method.toUpperCase()} `));
      }
    });

    it("is listed on the index with its facts from the spec and links that resolve", () => {
      const doc = bundled();
      const card = new RegExp(`<li class="vendor" data-vendor="${vendor.name}">(.*?)</li>`, "s").exec(index)?.[1];
      expect(card, "index card").toBeDefined();
      expect(card).toContain(escape(doc.info?.title ?? ""));
      expect(card).toContain(`<code class="base-url">${escape(serverUrl(doc))}</code>`);
      expect(card).toContain(`<dd class="version">${escape(doc.info?.version ?? "")}</dd>`);
      expect(card).toContain(`<dd class="operation-count">${listOperations(doc).length}</dd>`);
      expect(card).toContain(`npm install ${vendor.clientPackage}`);
      for (const href of [...card!.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)) {
        expect(existsSync(join(siteDir, href, href.endsWith("/") ? "index.html" : "")), href).toBe(true);
      }
    });
  });
});
