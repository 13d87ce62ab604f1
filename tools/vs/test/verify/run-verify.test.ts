import { afterEach, describe, expect, it } from "vitest";
import { formatReport } from "../../src/verify/format-report.ts";
import { runVerify, type VerifyOptions } from "../../src/verify/run-verify.ts";
import { verdictOf } from "../../src/verify/verdict.ts";
import { deadUrl, driftSpec, LISTED_BOT_ID, startFakeVendor, STREAMED_EVENTS, type FakeVendor, type FakeVendorOptions } from "./fake-vendor.ts";

let vendor: FakeVendor | undefined;
afterEach(async () => {
  await vendor?.close();
  vendor = undefined;
});

const doc = structuredClone(driftSpec) as unknown as Record<string, unknown>;

/** Run against the fake; the stream window stops at the fake's event count, so no test waits on a clock. */
async function verifyAgainst(fake: FakeVendorOptions = {}, options: Partial<VerifyOptions> = {}) {
  vendor = await startFakeVendor(fake);
  const waits: number[] = [];
  const report = await runVerify({
    doc,
    baseUrl: vendor.url,
    secret: "sk_test",
    sleep: async (ms) => void waits.push(ms),
    streamWindow: { maxEvents: STREAMED_EVENTS },
    ...options,
  });
  return { report, waits, requests: vendor.requests };
}

const outcomes = (report: Awaited<ReturnType<typeof runVerify>>) => report.calls.map((c) => [c.operationId, c.outcome]);

describe("runVerify against a live API", () => {
  it("reports nothing for a server that conforms, sends no write, and says all calls agree", async () => {
    const { report, requests } = await verifyAgainst();
    expect(report.mismatches).toEqual([]);
    expect(outcomes(report)).toEqual([
      ["listBots", "ok"],
      ["streamEvents", "ok"],
      ["getLimits", "ok"],
      ["getUsage", "ok"],
      ["getBot", "ok"],
    ]);
    expect(requests.some((r) => r.method !== "GET")).toBe(false);
    expect(requests.every((r) => r.authorization === "Bearer sk_test")).toBe(true);
    expect(verdictOf(report).exitCode).toBe(0);
    expect(formatReport("fake", report)).toContain("5 call(s) made, all agree with the spec");
  });

  it("reports each drift exactly once with its pointer, what the spec says and what came back", async () => {
    const { report } = await verifyAgainst({ drift: true });
    const found = report.mismatches.map((m) => ({ op: m.operationId, kind: m.kind, pointer: m.pointer, status: m.status }));
    expect(found).toEqual(
      expect.arrayContaining([
        { op: "getLimits", kind: "undocumented-status", pointer: "", status: 418 },
        { op: "listBots", kind: "schema", pointer: "/data/0/status", status: 200 },
        { op: "getUsage", kind: "schema", pointer: "/data/period", status: 200 },
        { op: "getBot", kind: "schema", pointer: "/data/name", status: 200 },
        { op: "streamEvents", kind: "schema", pointer: "/data/n", status: 200 },
      ]),
    );
    expect(report.mismatches).toHaveLength(5);
    const enumDrift = report.mismatches.find((m) => m.operationId === "listBots");
    expect(enumDrift).toMatchObject({ actual: '"archived"', occurrences: 2 });
    expect(enumDrift?.expected).toContain("allowedValues");
    expect(report.mismatches.find((m) => m.operationId === "getUsage")?.expected).toBe('required property "period"');
  });

  it("exercises a stream: reads a bounded window of events, checks each, reports the invalid one and closes it", async () => {
    const { report } = await verifyAgainst({ drift: true });
    expect(report.calls.find((c) => c.operationId === "streamEvents")).toMatchObject({ outcome: "mismatch", events: STREAMED_EVENTS });
    // the first event is valid; the second carries a string where the event schema wants an integer
    expect(report.mismatches.find((m) => m.operationId === "streamEvents")).toMatchObject({ event: { index: 1, name: "tick" }, actual: '"two"' });
    expect(formatReport("fake", report)).toMatch(/streamEvents GET \/events → 200 event 1 \(tick\) at "\/data\/n"/);
    await expect.poll(() => vendor?.closedStreams()).toBe(1);
  });

  it("stops reading a stream that never ends once its time is up", async () => {
    const { report } = await verifyAgainst({}, { streamWindow: { maxEvents: 100, maxMs: 300 } });
    const call = report.calls.find((c) => c.operationId === "streamEvents");
    expect(call).toMatchObject({ outcome: "ok" });
    expect(call?.reason).toContain("stopped after 0.3 s");
  });

  it("follows the list to fetch a detail resource by a real id", async () => {
    const { requests } = await verifyAgainst();
    // the id the listing returned, never the spec's example id
    const exampleId = driftSpec.paths["/bots/{id}"].get.parameters[0].example;
    expect(LISTED_BOT_ID).not.toBe(exampleId);
    expect(requests.map((r) => r.url)).toContain(`/bots/${LISTED_BOT_ID}`);
    expect(requests.map((r) => r.url)).not.toContain(`/bots/${exampleId}`);
  });

  it("waits out Retry-After instead of hammering the vendor", async () => {
    const { waits, requests } = await verifyAgainst();
    expect(waits).toEqual([2000]);
    expect(requests.filter((r) => r.url.startsWith("/usage"))).toHaveLength(2);
  });

  it("sends a write only when the caller allows that operationId", async () => {
    vendor = await startFakeVendor();
    await runVerify({ doc, baseUrl: vendor.url, secret: "sk_test", allowWrites: ["createBot"], sleep: async () => {}, streamWindow: { maxEvents: STREAMED_EVENTS } });
    expect(vendor.requests.filter((r) => r.method === "POST").map((r) => r.url)).toEqual(["/bots"]);
    await expect(runVerify({ doc, baseUrl: vendor.url, secret: "sk_test", allowWrites: ["dropDatabase"] })).rejects.toThrow("--allow-writes names unknown operation(s): dropDatabase");
  });

  it("lists every operation it did not exercise, each with its reason", async () => {
    const { report } = await verifyAgainst();
    expect(report.notExercised.map((n) => [n.operationId, n.kind])).toEqual([
      ["createBot", "write-not-allowed"],
      ["searchBots", "no-example"],
    ]);
    expect(report.notExercised.find((n) => n.operationId === "createBot")?.reason).toContain("--allow-writes createBot");
    expect(report.notExercised.find((n) => n.operationId === "searchBots")?.reason).toMatch(/^no example values: .*"q"/);
    const text = formatReport("fake", report);
    expect(text).toContain("Not exercised (2):");
    expect(text).toMatch(/POST {3}\/bots {2}\(createBot\): a write/);
  });

  it("reports a 200 carrying the vendor's failure envelope as a failed call, not as ok", async () => {
    const { report } = await verifyAgainst({ failureEnvelope: true });
    expect(report.calls.find((c) => c.operationId === "getLimits")).toEqual({
      operationId: "getLimits",
      method: "GET",
      path: "/limits",
      status: 200,
      outcome: "failed",
      failure: "vendor-failure-envelope",
      reason: 'vendor failure envelope: "quota service unavailable" (code upstream_down)',
    });
    expect(verdictOf(report).exitCode).toBe(2);
    expect(formatReport("fake", report)).toMatch(/Failed calls \(1\):\n {2}200 {2}GET {4}\/limits {2}\(getLimits\): vendor failure envelope/);
  });

  it("gives up on a body that stops arriving, and reports the call as failed", async () => {
    const { report } = await verifyAgainst({ stallBody: true }, { requestTimeoutMs: 2_000 });
    expect(report.calls.find((c) => c.operationId === "getLimits")).toMatchObject({ status: 200, outcome: "failed", reason: "HTTP 200, but the body did not arrive within 2 s" });
  });

  it("with nothing listening: every call failed, failures lead the report, exit 2 and no claim of agreement", async () => {
    const baseUrl = await deadUrl();
    const report = await runVerify({ doc, baseUrl, secret: "sk_test", sleep: async () => {} });
    expect(report.calls.every((c) => c.outcome === "failed" && c.failure === "no-answer" && c.status === null)).toBe(true);
    expect(report.calls.length).toBeGreaterThan(0);
    expect(report.diagnosis).toMatch(new RegExp(`^Nothing answered at ${baseUrl} \\(fetch failed: .*ECONNREFUSED`));
    expect(report.notExercised.find((n) => n.operationId === "getBot")?.reason).toBe("skipped by dependency: {id} comes from GET /bots (listBots), which failed");
    expect(verdictOf(report).exitCode).toBe(2);
    const text = formatReport("fake", report);
    expect(text).not.toMatch(/agree/i);
    expect(text.split("\n")[1]).toBe(`FAILED (exit 2): ${report.calls.length} call(s) attempted: ${report.calls.length} failed; 1 planned call(s) could not be made; 2 operation(s) not exercised.`);
    expect(text.indexOf("Failed calls")).toBeGreaterThan(0);
    expect(text.indexOf("Failed calls")).toBeLessThan(text.indexOf("Not exercised"));
  });

  it("when every call answers 404, says the base URL is wrong and lists no mismatches from that other server", async () => {
    vendor = await startFakeVendor();
    const report = await runVerify({ doc, baseUrl: `${vendor.url}/wrong-prefix`, secret: "sk_test", sleep: async () => {} });
    expect(report.calls.every((c) => c.status === 404 && c.outcome === "failed")).toBe(true);
    expect(report.diagnosis).toBe("Every call answered 404: is --base-url right? (expected something like https://api.fake.test/v1)");
    expect(report.mismatches).toEqual([]);
    expect(formatReport("fake", report)).not.toMatch(/secret|credential/i);
  });

  it("when every call answers 401, points at the credentials", async () => {
    vendor = await startFakeVendor();
    const report = await runVerify({ doc, baseUrl: vendor.url, secret: "wrong", secretName: "FAKE_API_KEY", sleep: async () => {} });
    expect(report.diagnosis).toBe("Every call answered 401/403: check the credentials (FAKE_API_KEY).");
  });
});
