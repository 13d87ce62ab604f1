import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { callMock } from "../support/call-mock.js";
import { checkDynamicResponses } from "../support/dynamic-check.js";
import type { JsonObject } from "../support/openapi.js";
import { freePorts } from "../support/ports.js";
import { runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";
import { createWorkspace, FIXTURES } from "../support/temp-workspace.js";

// The Acme fixture spec exercises every feature the real specs may or may not use (named examples, 402 codes,
// 429 with Retry-After, a vendor error envelope, oneOf), so each scenario has an exact expected answer.
const KEY = { "x-api-key": "test-key" };
let workspace: ReturnType<typeof createWorkspace>;
let cli: CliRun;
let base: string;

beforeAll(async () => {
  const [port] = await freePorts(1);
  workspace = createWorkspace([{ name: "acme", mockPort: 1, bundled: join(FIXTURES, "acme", "openapi.json") }]);
  cli = runCli(["--root", workspace.root, "--seed", "7"], { MOCK_PORT_ACME: String(port) });
  await waitUntilReady(cli);
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  cli?.child.kill("SIGTERM");
  await cli?.exited;
  workspace?.cleanup();
});

describe("vendor-mock on a fixture spec", () => {
  it("prints the vendor, its URL (from MOCK_PORT_ACME) and its docs link, and nothing else", () => {
    expect(cli.stdout()).toMatch(new RegExp(`acme\\s+${base.replace(/[.:/]/g, "\\$&")}\\s+http://127\\.0\\.0\\.1:4000/acme/`));
    expect(cli.stderr()).toBe("");
  });

  it("serves the first documented example by default", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets", headers: KEY });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      success: true,
      data: [
        { id: "w_1", name: "Sprocket", shape: { kind: "circle", radius: 2 } },
        { id: "w_2", name: "Cog", shape: { kind: "square", side: 3 } },
      ],
    });
  });

  it("serves a named example with Prefer: example=", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets", headers: { ...KEY, prefer: "example=empty" } });
    expect(answer.json).toEqual({ success: true, data: [] });
  });

  it("serves a named 402 scenario with Prefer: code=402, example=", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets", headers: { ...KEY, prefer: "code=402, example=credits_exhausted" } });
    expect(answer.status).toBe(402);
    expect(answer.json).toEqual({ success: false, error: "Out of credits", code: "CREDITS_EXHAUSTED" });
  });

  it("answers Prefer: code=429 with 429 and the documented Retry-After", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets", headers: { ...KEY, prefer: "code=429" } });
    expect(answer.status).toBe(429);
    expect(answer.headers.get("retry-after")).toBe("30");
  });

  it("answers Prefer: code=404 with the vendor's not-found body", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets/w_9", headers: { ...KEY, prefer: "code=404" } });
    expect(answer.status).toBe(404);
    expect(answer.json).toEqual({ success: false, error: "Widget not found" });
  });

  it("answers a request without credentials with the vendor's 401 body", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets", headers: {} });
    expect(answer.status).toBe(401);
    expect(answer.json).toEqual({ success: false, error: "Unauthorized" });
  });

  it("answers an invalid body with the vendor's 400 shape whose message names the field", async () => {
    const body = JSON.stringify({ name: 42, shape: { kind: "circle", radius: 1 } });
    const answer = await callMock(base, { method: "POST", url: "/widgets", headers: { ...KEY, "content-type": "application/json" }, body });
    expect(answer.status).toBe(400);
    expect(answer.json).toMatchObject({ success: false, error: expect.stringContaining("name") });
    expect((answer.json as { error: string }).error).toMatch(/must be string/);
  });

  it("answers an invalid query parameter with a 4xx naming the parameter", async () => {
    const answer = await callMock(base, { method: "GET", url: "/widgets?limit=1000", headers: KEY });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).toContain("limit");
    // listWidgets documents no 400/422: still the vendor's error shape (never Prism's problem+json), the list in sl-violations
    expect(answer.status).toBe(422);
    expect(answer.headers.get("content-type")).toBe("application/json");
    expect(answer.json).toMatchObject({ success: false, error: expect.stringContaining("limit") });
    expect(JSON.parse(answer.headers.get("sl-violations") ?? "[]")).toEqual([expect.objectContaining({ location: ["request", "query", "limit"] })]);
  });

  it("answers a CORS preflight from any origin", async () => {
    const answer = await callMock(base, {
      method: "OPTIONS",
      url: "/widgets",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST", "access-control-request-headers": "x-api-key,content-type" },
    });
    expect(answer.status).toBeLessThan(300);
    expect(answer.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
    expect(answer.headers.get("access-control-allow-methods")).toContain("POST");
    expect(answer.headers.get("access-control-allow-headers")).toContain("x-api-key");
  });

  it("logs nothing per request without --verbose", async () => {
    const before = cli.stdout().length;
    await callMock(base, { method: "GET", url: "/widgets", headers: KEY });
    await new Promise((r) => setTimeout(r, 200));
    expect(cli.stdout().length).toBe(before);
  });

  it("generates dynamic bodies with only the properties the schema declares (no random extras)", async () => {
    for (const seed of ["1", "2", "3"]) {
      const answer = await callMock(base, { method: "GET", url: "/widgets", headers: { ...KEY, prefer: `dynamic=true, seed=${seed}` } });
      expect(answer.status).toBe(200);
      expect(Object.keys(answer.json as object).every((key) => key === "success" || key === "data"), answer.text).toBe(true);
    }
  });

  it("generates dynamic responses that validate against the spec, oneOf included", async () => {
    const document = JSON.parse(readFileSync(join(FIXTURES, "acme", "openapi.json"), "utf8")) as JsonObject;
    const { checked, failures } = await checkDynamicResponses(document, base);
    expect(failures).toEqual([]);
    expect(checked).toBe(10);
  });
});
