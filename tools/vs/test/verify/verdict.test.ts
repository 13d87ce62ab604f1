import { describe, expect, it } from "vitest";
import type { CallRecord } from "../../src/verify/call-operation.ts";
import type { Mismatch } from "../../src/verify/compare-response.ts";
import type { NotExercised } from "../../src/verify/request-plan.ts";
import type { VerifyReport } from "../../src/verify/run-verify.ts";
import { verdictOf } from "../../src/verify/verdict.ts";

const call = (outcome: CallRecord["outcome"], operationId: string = outcome): CallRecord => ({ operationId, method: "GET", path: `/${operationId}`, status: outcome === "failed" ? 500 : 200, outcome });
const mismatch: Mismatch = { operationId: "m", method: "GET", path: "/m", status: 200, pointer: "/x", kind: "schema", expected: "string", actual: "1", occurrences: 1 };
const skipped = (kind: NotExercised["kind"]): NotExercised => ({ operationId: kind, method: "GET", path: `/${kind}/{id}`, kind, reason: "…" });
const report = (calls: CallRecord[], mismatches: Mismatch[] = [], notExercised: NotExercised[] = []): VerifyReport => ({ baseUrl: "http://api.test", calls, mismatches, notExercised });

describe("verdictOf", () => {
  it("exits 0 only when every planned call was made and agreed, and says so", () => {
    const verdict = verdictOf(report([call("ok", "a"), call("ok", "b")], [], [skipped("write-not-allowed")]));
    expect(verdict.exitCode).toBe(0);
    expect(verdict.summary).toBe("2 call(s) made, all agree with the spec; 1 operation(s) not exercised.");
  });

  it("exits 1 for mismatches when no call failed", () => {
    const verdict = verdictOf(report([call("mismatch"), call("ok")], [mismatch]));
    expect(verdict.exitCode).toBe(1);
    expect(verdict.summary).toBe("2 call(s) attempted: 1 with mismatches, 1 agree.");
  });

  it("exits 2 when a call failed, even with mismatches, and names failures first", () => {
    const verdict = verdictOf(report([call("ok"), call("mismatch"), call("failed")], [mismatch]));
    expect(verdict.exitCode).toBe(2);
    expect(verdict.summary).toBe("3 call(s) attempted: 1 failed, 1 with mismatches, 1 agree.");
  });

  it("exits 2 when a planned call could not be made (no listing gave its id)", () => {
    const verdict = verdictOf(report([call("ok")], [], [skipped("dependency")]));
    expect(verdict.exitCode).toBe(2);
    expect(verdict.summary).toBe("1 call(s) attempted: 1 agree; 1 planned call(s) could not be made.");
  });

  it("exits 2 without a word of agreement when no call was made", () => {
    const verdict = verdictOf(report([], [], [skipped("no-example")]));
    expect(verdict.exitCode).toBe(2);
    expect(verdict.summary).toBe("No call was made; 1 operation(s) not exercised.");
  });
});
