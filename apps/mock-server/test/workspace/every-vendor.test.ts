import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverVendors } from "../../src/workspace/discover-vendors.js";
import { callMock } from "../support/call-mock.js";
import { checkDynamicResponses } from "../support/dynamic-check.js";
import type { JsonObject } from "../support/openapi.js";
import { documentedExampleCall, protectedCall, rateLimitedCalls, requiredBodyFieldCall } from "../support/pick-operations.js";
import { freePorts, isListening } from "../support/ports.js";
import { exitCodeWithin, runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";

// The real workspace: every vendor under specs/, started by one CLI process exactly as `pnpm mock` does.
const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const vendors = discoverVendors(ROOT);
const ports = new Map<string, number>();
const documents = new Map<string, JsonObject>();
let cli: CliRun;

const base = (vendor: string): string => `http://127.0.0.1:${ports.get(vendor)}`;
const documentOf = (vendor: string): JsonObject => {
  const document = documents.get(vendor);
  if (!document) throw new Error(`${vendor}: the mock did not start, so its spec was never loaded.`);
  return document;
};

beforeAll(async () => {
  const free = await freePorts(vendors.length);
  vendors.forEach((v, i) => ports.set(v.name, free[i] as number));
  cli = runCli(["--root", ROOT, "--seed", "1", ...vendors.flatMap((v) => ["--port", `${v.name}=${ports.get(v.name)}`])]);
  await waitUntilReady(cli, 60_000);
  for (const v of vendors) documents.set(v.name, JSON.parse(readFileSync(v.bundledJson, "utf8")) as JsonObject);
});

afterAll(async () => {
  if (cli && cli.child.exitCode === null && cli.child.signalCode === null) {
    cli.child.kill("SIGTERM");
    await cli.exited;
  }
});

/**
 * The vendors as the repo tooling defines them (tools/spec-kit/src/workspace/vendors.ts): each `specs/<name>/package.json`
 * with a `vendorSdks` field. Read here because that module is TypeScript importing `.ts` paths, which this
 * package's tsconfig does not allow.
 */
function declaredVendors(root: string): string[] {
  return readdirSync(join(root, "specs"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => {
      const pkgPath = join(root, "specs", entry.name, "package.json");
      if (!existsSync(pkgPath)) return [];
      const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { vendorSdks?: { vendor?: unknown } };
      return typeof pkg.vendorSdks?.vendor === "string" ? [pkg.vendorSdks.vendor] : [];
    })
    .sort((a, b) => a.localeCompare(b));
}

it("finds every vendor of the workspace", () => {
  const declared = declaredVendors(ROOT);
  expect(declared.length).toBeGreaterThan(0);
  expect(vendors.map((v) => v.name)).toEqual(declared);
});

describe.each(vendors.map((v) => v.name))("%s mock", (vendor) => {
  it("is listed in the startup table", () => {
    expect(cli.stdout()).toMatch(new RegExp(`${vendor}\\s+http://127\\.0\\.0\\.1:${ports.get(vendor)}\\s+http://127\\.0\\.0\\.1:4000/${vendor}/`));
  });

  it("answers a documented request with the documented example", async () => {
    const call = documentedExampleCall(documentOf(vendor));
    expect(call, "the spec has no operation with a 200 JSON example").toBeDefined();
    if (!call) return;
    const answer = await callMock(base(vendor), call.request);
    expect(answer.status, `${call.operation.operationId}: ${answer.text}`).toBe(200);
    expect(answer.json).toEqual(call.example);
  });

  it("answers a request without credentials with 401 (the vendor's body when documented)", async () => {
    const call = protectedCall(documentOf(vendor));
    expect(call, "the spec has no operation that requires credentials").toBeDefined();
    if (!call) return;
    const answer = await callMock(base(vendor), call.request);
    expect(answer.status, `${call.operation.operationId}: ${answer.text}`).toBe(401);
    if (call.example !== undefined) expect(answer.json).toEqual(call.example);
  });

  it("answers a body missing a required field with a 4xx that names the field", async () => {
    const call = requiredBodyFieldCall(documentOf(vendor));
    expect(call, "the spec has no JSON request body with a required field").toBeDefined();
    if (!call) return;
    const answer = await callMock(base(vendor), call.request);
    expect(answer.status, `${call.operation.operationId}: ${answer.text}`).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expect(answer.text).toContain(call.field);
  });

  it("answers a CORS preflight from any origin", async () => {
    const origin = "http://localhost:5173";
    const answer = await callMock(base(vendor), {
      method: "OPTIONS",
      url: "/",
      headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
    });
    expect(answer.status).toBe(204);
    expect(answer.headers.get("access-control-allow-origin")).toBe(origin);
    expect(answer.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("answers Prefer: code=429 with 429, and Retry-After wherever the spec declares it", async () => {
    const calls = rateLimitedCalls(documentOf(vendor));
    for (const call of calls) {
      const answer = await callMock(base(vendor), call.request, { prefer: "code=429" });
      expect(answer.status, `${call.operation.operationId}: ${answer.text}`).toBe(429);
      if (call.retryAfter) expect(answer.headers.get("retry-after"), call.operation.operationId).toMatch(/\S/);
    }
    if (calls.length === 0) {
      // the vendor documents no 429: the mock must say so rather than invent one
      const call = documentedExampleCall(documentOf(vendor));
      if (!call) throw new Error("the spec has no operation with a 200 JSON example");
      const answer = await callMock(base(vendor), call.request, { prefer: "code=429" });
      expect(answer.status).toBe(404);
      expect(answer.text).toContain("429 is not defined");
    }
  });

  it("generates dynamic responses (fixed seed) that validate against the spec for every operation", async () => {
    const { checked, failures } = await checkDynamicResponses(documentOf(vendor), base(vendor));
    expect(failures).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});

it("stops every mock on SIGTERM with exit code 0 and frees every port", async () => {
  cli.child.kill("SIGTERM");
  // Stopping escalates to SIGKILL after a short grace (STOP_GRACE_MS); the 15 s bound only catches a CLI that never exits.
  const code = await exitCodeWithin(cli, 15_000, "SIGTERM");
  expect(code).toBe(0);
  for (const vendor of vendors) expect(await isListening(ports.get(vendor.name) as number), vendor.name).toBe(false);
});
