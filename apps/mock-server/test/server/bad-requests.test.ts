import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverVendors } from "../../src/workspace/discover-vendors.js";
import { callMock } from "../support/call-mock.js";
import type { JsonObject } from "../support/openapi.js";
import { documentedExampleCall, requiredBodyFieldCall } from "../support/pick-operations.js";
import { freePorts } from "../support/ports.js";
import { rawRequest } from "../support/raw-request.js";
import { runCli, waitUntilReady, type CliRun } from "../support/run-cli.js";

// Every vendor of the workspace gets a corpus of bad requests; each must be answered (a 4xx, or a closed
// connection only where HTTP leaves no room for an answer), and the mock must keep serving afterwards.
const ROOT = join(import.meta.dirname, "..", "..", "..", "..");
const vendors = discoverVendors(ROOT);
const REQUEST_TIMEOUT_MS = 1_000;
// a hang guard, not a timing assertion: generous for a loaded machine, far below "never"
const ANSWER_WITHIN_MS = 15_000;
const ports = new Map<string, number>();
let cli: CliRun;

beforeAll(async () => {
  const free = await freePorts(vendors.length);
  vendors.forEach((v, i) => ports.set(v.name, free[i] as number));
  cli = runCli(["--root", ROOT, "--request-timeout", String(REQUEST_TIMEOUT_MS), ...vendors.flatMap((v) => ["--port", `${v.name}=${ports.get(v.name)}`])]);
  await waitUntilReady(cli, 60_000);
});

afterAll(async () => {
  if (cli && cli.child.exitCode === null) {
    cli.child.kill("SIGTERM");
    await cli.exited;
  }
});

describe.each(vendors.map((v) => v.name))("%s mock under bad requests", (vendor) => {
  const document = (): JsonObject => JSON.parse(readFileSync(vendors.find((v) => v.name === vendor)?.bundledJson as string, "utf8")) as JsonObject;
  const port = (): number => ports.get(vendor) as number;
  const jsonCall = () => {
    const call = requiredBodyFieldCall(document());
    if (!call) throw new Error(`${vendor}: the spec has no JSON request body with a required field`);
    return call;
  };
  const head = (method: string, url: string, headers: Record<string, string>, extra: string[] = []): string =>
    [`${method} ${url} HTTP/1.1`, "host: 127.0.0.1", ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`), ...extra, "", ""].join("\r\n");

  it("answers malformed JSON with a 400 in the vendor's shape naming the parse error and its position", async () => {
    const { request } = jsonCall();
    for (const body of ['{"name":', "{,}", '{"a" 1}', "[1,,2]"]) {
      const answer = await callMock(`http://127.0.0.1:${port()}`, { ...request, headers: { ...request.headers, "content-type": "application/json" }, body });
      expect(answer.status, body).toBe(400);
      expect(answer.headers.get("content-type")).toBe("application/json");
      expect(answer.text).toMatch(/not valid JSON: .+ at position \d+ \(line \d+, column \d+\)/);
    }
  });

  it("answers JSON of the wrong types with a 4xx in the vendor's shape, never Prism's problem+json", async () => {
    const { request } = jsonCall();
    for (const body of ["[1,2,3]", '"text"', "42", "null", '{"unexpected":{"deep":[true]}}']) {
      const answer = await callMock(`http://127.0.0.1:${port()}`, { ...request, headers: { ...request.headers, "content-type": "application/json" }, body });
      expect(answer.status, body).toBeGreaterThanOrEqual(400);
      expect(answer.status, body).toBeLessThan(500);
      expect(answer.headers.get("content-type"), body).not.toContain("problem+json");
      expect(answer.headers.get("content-type"), body).toBe("application/json");
    }
  });

  it("answers a wrong content type with 415 in the vendor's shape", async () => {
    const { request } = jsonCall();
    const answer = await callMock(`http://127.0.0.1:${port()}`, { ...request, headers: { ...request.headers, "content-type": "text/csv" }, body: "a,b\n1,2" });
    expect(answer.status).toBe(415);
    expect(answer.headers.get("content-type")).toBe("application/json");
  });

  it("answers invalid UTF-8 in a JSON body with a 400 naming the byte", async () => {
    const { request } = jsonCall();
    const bytes = Buffer.concat([Buffer.from('{"name":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]);
    const raw = Buffer.concat([Buffer.from(head(request.method, request.url, { ...request.headers, "content-type": "application/json", "content-length": String(bytes.length), connection: "close" })), bytes]);
    expect(await rawRequest(port(), raw, ANSWER_WITHIN_MS)).toBe(400);
  });

  it("answers a 20 MiB body with 413", async () => {
    const { request } = jsonCall();
    const body = `{"name":"${"a".repeat(20 * 1024 * 1024)}"}`;
    const answer = await callMock(`http://127.0.0.1:${port()}`, { ...request, headers: { ...request.headers, "content-type": "application/json" }, body });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("at most 10 MiB");
  });

  it("answers huge headers, unknown methods and path traversal with a 4xx", async () => {
    const { request } = jsonCall();
    expect(await rawRequest(port(), head("GET", "/", { "x-big": "a".repeat(64 * 1024), connection: "close" }), ANSWER_WITHIN_MS)).toBe(431);
    expect(await rawRequest(port(), head("BREW", request.url, { ...request.headers, connection: "close" }), ANSWER_WITHIN_MS)).toBe(400);
    expect(await rawRequest(port(), head("PROPFIND", request.url, { ...request.headers, connection: "close" }), ANSWER_WITHIN_MS)).toBeGreaterThanOrEqual(400);
    for (const url of ["/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "//etc/passwd"]) {
      const status = await rawRequest(port(), head("GET", url, { ...request.headers, connection: "close" }), ANSWER_WITHIN_MS);
      expect(status, url).toBeGreaterThanOrEqual(400);
      expect(status, url).toBeLessThan(500);
    }
  });

  it("times out a client that stalls mid-body or mid-headers with 408", async () => {
    const { request } = jsonCall();
    const stalledBody = head(request.method, request.url, { ...request.headers, "content-type": "application/json", "content-length": "100" }) + '{"name":';
    expect(await rawRequest(port(), stalledBody, ANSWER_WITHIN_MS)).toBe(408);
    expect(await rawRequest(port(), `GET / HTTP/1.1\r\nhost: 127.0.0.1\r\nx-slow: `, ANSWER_WITHIN_MS)).toBe(408);
  });

  it("keeps serving documented answers after the corpus", async () => {
    const call = documentedExampleCall(document());
    if (!call) throw new Error(`${vendor}: the spec has no operation with a 200 JSON example`);
    const answer = await callMock(`http://127.0.0.1:${port()}`, call.request);
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual(call.example);
  });
});
