import { afterEach, describe, expect, it } from "vitest";
import { runVerify } from "../../src/verify/run-verify.ts";
import { driftSpec, LISTED_BOT_ID, startFakeVendor, type FakeVendor } from "./fake-vendor.ts";

let vendor: FakeVendor | undefined;
afterEach(async () => vendor?.close());

const doc = structuredClone(driftSpec) as unknown as Record<string, unknown>;

async function verifyAgainst(drift: boolean) {
  vendor = await startFakeVendor(drift);
  const waits: number[] = [];
  const report = await runVerify({ doc, baseUrl: vendor.url, secret: "sk_test", sleep: async (ms) => void waits.push(ms) });
  return { report, waits, requests: vendor.requests };
}

describe("runVerify against a live API", () => {
  it("reports nothing for a server that conforms, and sends no write", async () => {
    const { report, requests } = await verifyAgainst(false);
    expect(report.mismatches).toEqual([]);
    expect(report.calls.map((c) => [c.operationId, c.outcome])).toEqual([
      ["listBots", "ok"],
      ["getLimits", "ok"],
      ["getUsage", "ok"],
      ["getBot", "ok"],
    ]);
    expect(requests.some((r) => r.method !== "GET")).toBe(false);
    expect(requests.every((r) => r.authorization === "Bearer sk_test")).toBe(true);
  });

  it("reports each drift exactly once with its pointer, what the spec says and what came back", async () => {
    const { report } = await verifyAgainst(true);
    const found = report.mismatches.map((m) => ({ op: m.operationId, kind: m.kind, pointer: m.pointer, status: m.status }));
    expect(found).toEqual(
      expect.arrayContaining([
        { op: "getLimits", kind: "undocumented-status", pointer: "", status: 418 },
        { op: "listBots", kind: "schema", pointer: "/data/0/status", status: 200 },
        { op: "getUsage", kind: "schema", pointer: "/data/period", status: 200 },
        { op: "getBot", kind: "schema", pointer: "/data/name", status: 200 },
      ]),
    );
    expect(report.mismatches).toHaveLength(4);
    const enumDrift = report.mismatches.find((m) => m.operationId === "listBots");
    expect(enumDrift).toMatchObject({ actual: '"archived"', occurrences: 2 });
    expect(enumDrift?.expected).toContain("allowedValues");
    expect(report.mismatches.find((m) => m.operationId === "getUsage")?.expected).toBe('required property "period"');
  });

  it("follows the list to fetch a detail resource by a real id", async () => {
    const { requests } = await verifyAgainst(false);
    // the id the listing returned, never the spec's example id
    const exampleId = driftSpec.paths["/bots/{id}"].get.parameters[0].example;
    expect(LISTED_BOT_ID).not.toBe(exampleId);
    expect(requests.map((r) => r.url)).toContain(`/bots/${LISTED_BOT_ID}`);
    expect(requests.map((r) => r.url)).not.toContain(`/bots/${exampleId}`);
  });

  it("waits out Retry-After instead of hammering the vendor", async () => {
    const { waits, requests } = await verifyAgainst(false);
    expect(waits).toEqual([2000]);
    expect(requests.filter((r) => r.url.startsWith("/usage"))).toHaveLength(2);
  });

  it("sends a write only when the caller allows that operationId", async () => {
    vendor = await startFakeVendor(false);
    await runVerify({ doc, baseUrl: vendor.url, secret: "sk_test", allowWrites: ["createBot"], sleep: async () => {} });
    expect(vendor.requests.filter((r) => r.method === "POST").map((r) => r.url)).toEqual(["/bots"]);
    await expect(runVerify({ doc, baseUrl: vendor.url, secret: "sk_test", allowWrites: ["dropDatabase"] })).rejects.toThrow("--allow-writes names unknown operation(s): dropDatabase");
  });
});
