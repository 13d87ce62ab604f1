import { describe, expect, it } from "vitest";
import type { CallRecord } from "../../src/verify/call-operation.ts";
import { diagnose } from "../../src/verify/diagnose.ts";

const context = { baseUrl: "http://wrong.test", specBaseUrl: "https://api.vendor.test/v1", secretName: "VENDOR_API_KEY" };
const failed = (status: number | null, failure: NonNullable<CallRecord["failure"]>, reason = "…"): CallRecord => ({ operationId: "op", method: "GET", path: "/op", status, outcome: "failed", failure, reason });

describe("diagnose", () => {
  it("calls a run where every answer was 404 a wrong base URL, token exchanges included, not a bad secret", () => {
    const calls = [failed(404, "http-status"), failed(404, "http-status", "Token exchange (createToken) answered HTTP 404: …")];
    expect(diagnose(calls, context)).toBe("Every call answered 404: is --base-url right? (expected something like https://api.vendor.test/v1)");
  });

  it("points at the credentials when every answer was 401 or 403", () => {
    expect(diagnose([failed(401, "http-status"), failed(403, "http-status")], context)).toBe("Every call answered 401/403: check the credentials (VENDOR_API_KEY).");
  });

  it("says nothing answered when no call got an HTTP answer", () => {
    const calls = [failed(null, "no-answer", "fetch failed: connect ECONNREFUSED"), failed(null, "credentials")];
    expect(diagnose(calls, context)).toBe("Nothing answered at http://wrong.test (fetch failed: connect ECONNREFUSED): is the vendor reachable and --base-url right?");
  });

  it("names the variable to set when nothing was sent for want of a secret", () => {
    expect(diagnose([failed(null, "credentials")], context)).toBe("No credentials: set VENDOR_API_KEY. Nothing was sent.");
  });

  it("says nothing when the calls failed in different ways or some succeeded", () => {
    const ok: CallRecord = { operationId: "a", method: "GET", path: "/a", status: 200, outcome: "ok" };
    expect(diagnose([failed(404, "http-status"), ok], context)).toBeUndefined();
    expect(diagnose([failed(404, "http-status"), failed(500, "http-status")], context)).toBeUndefined();
    expect(diagnose([], context)).toBeUndefined();
  });
});
