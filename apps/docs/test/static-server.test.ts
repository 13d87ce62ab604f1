import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCommandLine } from "@vendor-sdks/spec-kit/command-line/parse-command-line";
import { serveCommandLine } from "../src/serve/command-line.ts";
import { parsePort } from "../src/serve/port.ts";
import { serveSite, type ServedSite } from "./support/serve-site.ts";

describe("docs static server", () => {
  let dir: string;
  let site: ServedSite;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "docs-serve-"));
    mkdirSync(join(dir, "site", "hania"), { recursive: true });
    writeFileSync(join(dir, "secret.txt"), "outside the site");
    writeFileSync(join(dir, "site", "index.html"), "<h1>index</h1>");
    writeFileSync(join(dir, "site", "hania", "index.html"), "<h1>hania</h1>");
    writeFileSync(join(dir, "site", "hania", "openapi.yaml"), "openapi: 3.1.0\n");
    site = await serveSite(join(dir, "site"));
  });

  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves a folder's index.html and files with their content type", async () => {
    const page = await fetch(`${site.origin}/hania/`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toBe("<h1>hania</h1>");
    expect((await fetch(`${site.origin}/hania/openapi.yaml`)).headers.get("content-type")).toBe("application/yaml; charset=utf-8");
  });

  it("redirects a folder without its slash so the page's relative links resolve", async () => {
    const response = await fetch(`${site.origin}/hania`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/hania/");
  });

  it("answers 404 for missing files and never serves outside the site", async () => {
    expect((await fetch(`${site.origin}/nope.html`)).status).toBe(404);
    const escaped = await fetch(`${site.origin}/..%2fsecret.txt`);
    expect(escaped.status).toBe(403);
  });

  it("listens on port 4000 unless DOCS_PORT or --port says otherwise", () => {
    const port = (argv: string[], env: Record<string, string>) => parsePort(parseCommandLine(serveCommandLine, argv, env).values.port);
    expect(port([], {})).toBe(4000);
    expect(port([], { DOCS_PORT: "4100" })).toBe(4100);
    expect(port(["--port", "4200"], { DOCS_PORT: "4100" })).toBe(4200);
    expect(() => port(["--port", "http"], {})).toThrow(/Invalid docs port "http"/);
  });
});
